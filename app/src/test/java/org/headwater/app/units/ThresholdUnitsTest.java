package org.headwater.app.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.ThresholdValues;
import org.junit.jupiter.api.Test;

class ThresholdUnitsTest {

    private static final ThresholdUnits SI = new ThresholdUnits(new UnitsProperties(UnitsProperties.UnitSystem.SI));
    private static final ThresholdUnits US =
            new ThresholdUnits(new UnitsProperties(UnitsProperties.UnitSystem.US_CUSTOMARY));

    @Test
    void defaultsWrittenFromUsSourcesAreShownInSiWithoutConversionNoise() {
        // BEACON's 1 US gal/h, the 20 psi most states require, Neptune's 50 of 96 quarter hours.
        assertThat(SI.unitOf(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR)
                        .shown(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR.defaultValue()))
                .isEqualTo(3.79);
        assertThat(SI.unitOf(ThresholdKey.PRESSURE_MIN_KPA).symbol()).isEqualTo("kPa");
        assertThat(SI.unitOf(ThresholdKey.PRESSURE_MIN_KPA).shown(ThresholdKey.PRESSURE_MIN_KPA.defaultValue()))
                .isEqualTo(138);
        assertThat(SI.unitOf(ThresholdKey.INTERMITTENT_FLOW_SHARE).shown(50.0 / 96))
                .isEqualTo(0.521);
        assertThat(SI.unitOf(ThresholdKey.PRESSURE_MAX_KPA).shown(ThresholdKey.PRESSURE_MAX_KPA.defaultValue()))
                .isEqualTo(827);
        assertThat(DisplayUnit.rounded(1234.5)).isEqualTo(1235);
        assertThat(DisplayUnit.rounded(0.1)).isEqualTo(0.1);
    }

    @Test
    void aUsUtilitySeesAndTypesGallonsAndPsiWhileLitresAndKilopascalsAreStored() {
        assertThat(US.unitOf(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR).symbol()).isEqualTo("gal/h");
        assertThat(US.shown(ThresholdValues.of(Map.of(
                        ThresholdKey.LEAK_MIN_LITRES_PER_HOUR,
                        3.785411784,
                        ThresholdKey.PRESSURE_MIN_KPA,
                        137.89514586))))
                .containsEntry("leak_min_litres_per_hour", 1.0)
                .containsEntry("pressure_min_kpa", 20.0);

        Map<String, String> stored =
                US.toStored(Map.of("pressure_min_kpa", "25", "backflow_volume_litres", "2"), ThresholdValues.none());

        assertThat(Double.parseDouble(stored.get("pressure_min_kpa")))
                .isCloseTo(172.369, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(Double.parseDouble(stored.get("backflow_volume_litres")))
                .isCloseTo(7.571, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void aValueSentBackAsItWasShownKeepsItsStoredPrecision() {
        ThresholdValues current = ThresholdValues.of(Map.of(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR, 3.785411784));

        assertThat(SI.toStored(Map.of("leak_min_litres_per_hour", "3.79"), current))
                .containsEntry("leak_min_litres_per_hour", "3.785411784");
        assertThat(SI.toStored(Map.of("leak_min_litres_per_hour", "3.8"), current))
                .containsEntry("leak_min_litres_per_hour", "3.8");
        assertThat(SI.toStored(Map.of("no_such_field", "x"), current)).containsEntry("no_such_field", "x");
    }

    @Test
    void labelsLeaveTheUnitToTheUnitColumn() {
        assertThat(ThresholdUnits.label(ThresholdKey.PRESSURE_MIN_KPA)).isEqualTo("Pressure min");
        assertThat(ThresholdUnits.label(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR)).isEqualTo("Leak min");
        assertThat(ThresholdUnits.label(ThresholdKey.LEAK_DURATION_HOURS)).isEqualTo("Leak duration hours");
    }
}
