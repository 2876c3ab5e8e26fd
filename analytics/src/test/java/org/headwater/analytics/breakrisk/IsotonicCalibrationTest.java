package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Isotonic calibration: a non-decreasing map from score to observed frequency, fitted on earlier outcomes. */
class IsotonicCalibrationTest {

    @Test
    void poolsAdjacentViolatorsIntoTheirMean() {
        IsotonicCalibration map =
                IsotonicCalibration.fit(new double[] {1, 2, 3, 4}, new boolean[] {false, true, false, true});

        // 2 and 3 violate the order (1 then 0): pooled to 0.5 at their mean score 2.5
        assertThat(map.probability(1)).isZero();
        assertThat(map.probability(2.5)).isEqualTo(0.5);
        assertThat(map.probability(4)).isEqualTo(1.0);
        assertThat(map.probability(0)).isZero();
        assertThat(map.probability(9)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aScoreTwiceTheTrueProbabilityIsMappedBackToIt(int seed) {
        Random random = new Random(seed);
        int n = 100_000;
        double[] score = new double[n];
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            double p = 0.2 * random.nextDouble();
            score[i] = 2 * p; // an over-confident model
            outcome[i] = random.nextDouble() < p;
        }

        IsotonicCalibration map = IsotonicCalibration.fit(score, outcome);

        assertThat(map.probability(0.2)).isCloseTo(0.1, within(0.02));
        assertThat(map.probability(0.3)).isCloseTo(0.15, within(0.02));
        double previous = -1;
        for (double s = 0; s <= 0.4; s += 0.001) {
            assertThat(map.probability(s)).isGreaterThanOrEqualTo(previous);
            previous = map.probability(s);
        }
    }

    @Test
    void noExamplesIsRefused() {
        assertThatThrownBy(() -> IsotonicCalibration.fit(new double[0], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
