package org.headwater.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.headwater.network.MeterSpec;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
    private final Thresholds thresholds = new Thresholds(Clock.fixed(NOW, ZoneOffset.UTC));
    private final MeterClass residential = new MeterClass(MeterSpec.MeterType.SOLID_STATE, 0.625);
    private final MeterClass mechanical = MeterClass.parse("MECHANICAL/1.5");

    @Test
    void withoutOverridesEveryMeterGetsTheSystemDefaults() {
        ResolvedThresholds r = thresholds.resolve("m1", residential);

        assertThat(r.version()).isEqualTo(1);
        // Badger BEACON: 1 US gal/h; EPA pressure call-out box: 20 psi.
        assertThat(r.get(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR)).isEqualTo(3.785411784);
        assertThat(r.get(ThresholdKey.PRESSURE_MIN_KPA)).isCloseTo(137.9, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theMostSpecificScopeWinsMeterThenClassThenSystem() {
        // EPA 5.2: thresholds adjusted system-wide and customised for individual meters at the headend.
        thresholds.set(ThresholdScope.system(), values("backflow_volume_litres", "8"), "ops");
        thresholds.set(new ThresholdScope.ForMeterClass(mechanical), values("backflow_volume_litres", "20"), "ops");
        thresholds.set(new ThresholdScope.ForMeter("m9"), values("backflow_volume_litres", "2"), "ops");

        assertThat(thresholds.resolve("m1", residential).get(ThresholdKey.BACKFLOW_VOLUME_LITRES))
                .isEqualTo(8);
        assertThat(thresholds.resolve("m2", mechanical).get(ThresholdKey.BACKFLOW_VOLUME_LITRES))
                .isEqualTo(20);
        assertThat(thresholds.resolve("m9", mechanical).get(ThresholdKey.BACKFLOW_VOLUME_LITRES))
                .isEqualTo(2);
        assertThat(thresholds.resolve("m9", mechanical).get(ThresholdKey.BACKFLOW_DURATION_HOURS))
                .isEqualTo(3);
    }

    @Test
    void everyChangeIsRecordedWithWhoWhenOldAndNewAndANewVersion() {
        thresholds.set(new ThresholdScope.ForMeter("m1"), values("backflow_volume_litres", "4"), "alice");
        ThresholdChange second =
                thresholds.set(new ThresholdScope.ForMeter("m1"), values("backflow_volume_litres", "6"), "bob");

        assertThat(thresholds.version()).isEqualTo(3);
        assertThat(second.version()).isEqualTo(3);
        assertThat(second.changedBy()).isEqualTo("bob");
        assertThat(second.changedAt()).isEqualTo(NOW);
        assertThat(second.before().get(ThresholdKey.BACKFLOW_VOLUME_LITRES)).contains(4.0);
        assertThat(second.after().get(ThresholdKey.BACKFLOW_VOLUME_LITRES)).contains(6.0);
        assertThat(thresholds.changes()).extracting(ThresholdChange::changedBy).containsExactly("alice", "bob");
    }

    @Test
    void emptyValuesRemoveAnOverride() {
        thresholds.set(new ThresholdScope.ForMeter("m1"), values("backflow_volume_litres", "4"), "alice");
        thresholds.set(new ThresholdScope.ForMeter("m1"), ThresholdValues.none(), "alice");

        assertThat(thresholds.resolve("m1", residential).get(ThresholdKey.BACKFLOW_VOLUME_LITRES))
                .isEqualTo(5);
    }

    @Test
    void aNegativeDurationIsRefusedNamingTheField() {
        // Issue 3 item 9.
        assertThatThrownBy(() -> values("backflow_duration_hours", "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backflow_duration_hours")
                .hasMessageContaining("-1.0");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> values("backflow_volume_gallons", "3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backflow_volume_gallons");
    }

    @Test
    void aNonNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> values("leak_duration_hours", "a day"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leak_duration_hours")
                .hasMessageContaining("a day");
    }

    // PUT /api/v1/thresholds with {"leak_duration_hours": null} (a fuzz mutant: a number replaced by null) hands
    // ThresholdValues.parse a null value; it was a NullPointerException and a 500.
    @Test
    void aFieldWithoutAValueIsRefusedNamingTheField() {
        java.util.Map<String, String> body = new java.util.HashMap<>();
        body.put("leak_duration_hours", null);

        assertThatThrownBy(() -> ThresholdValues.parse(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leak_duration_hours has no value: give a number");
    }

    @Test
    void aShareAboveOneIsRefused() {
        assertThatThrownBy(() -> values("reversed_meter_share", "1.5"))
                .hasMessageContaining("reversed_meter_share must be > 0.0 and <= 1.0");
    }

    @Test
    void anUnknownMeterClassIsRefusedNamingTheField() {
        assertThatThrownBy(() -> MeterClass.parse("TURBINE/2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meterClass")
                .hasMessageContaining("TURBINE");
        assertThatThrownBy(() -> MeterClass.parse("SOLID_STATE/-1")).hasMessageContaining("meterClass size");
        assertThatThrownBy(() -> MeterClass.parse("SOLID_STATE")).hasMessageContaining("meterClass");
    }

    @Test
    void aChangeMustNameWhoMadeIt() {
        assertThatThrownBy(() -> thresholds.set(ThresholdScope.system(), ThresholdValues.none(), " "))
                .hasMessageContaining("changedBy");
    }

    private static ThresholdValues values(String field, String value) {
        return ThresholdValues.parse(Map.of(field, value));
    }
}
