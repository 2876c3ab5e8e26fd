package org.headwater.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    @Test
    void aReadIsGivenToItsMeasurandsResolution() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(Resolution.of(new Reading("M-n2", Measurand.INTERVAL_VOLUME, t, 17.369133540429175))
                        .value())
                .isEqualTo(17.369);
        assertThat(Resolution.of(new Reading("PS-n1", Measurand.PRESSURE, t, 412.34567))
                        .value())
                .isEqualTo(412.35);
        assertThat(Resolution.of(new Reading("M-n2", Measurand.INTERVAL_VOLUME, t, -20.0004))
                        .value())
                .isEqualTo(-20.0);
        assertThat(Resolution.of(new Reading("EC-n1", Measurand.CONDUCTIVITY, t, 512.449))
                        .value())
                .isEqualTo(512.4);
    }

    @Test
    void roundingKeepsNonFiniteValuesAndRoundsHalfToEven() {
        assertThat(Resolution.round(Double.NaN, 3)).isNaN();
        assertThat(Resolution.round(Double.POSITIVE_INFINITY, 3)).isInfinite();
        assertThat(Resolution.round(0.98525, Resolution.FRACTION_DECIMALS)).isEqualTo(0.9852);
        assertThat(Resolution.round(0.000123456, Resolution.LIKELIHOOD_DECIMALS))
                .isEqualTo(0.00012);
    }

    @Test
    void everyMeasurandHasADocumentedResolution() {
        for (Measurand m : Measurand.values()) {
            assertThat(Resolution.decimals(m)).as(m.name()).isBetween(0, 6);
        }
    }
}
