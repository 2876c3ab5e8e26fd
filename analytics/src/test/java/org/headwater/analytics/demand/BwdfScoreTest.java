package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BwdfScoreTest {

    @Test
    void scoringMatchesHandComputedIndicators() {
        double[] truth = new double[168];
        Arrays.fill(truth, 10);
        double[] forecast = truth.clone();
        // First day: errors 1, 3 and 2 on three hours, a skipped NaN hour, zero elsewhere.
        forecast[0] = 11;
        forecast[5] = 7;
        forecast[23] = 12;
        truth[10] = Double.NaN;
        forecast[10] = 99;
        // Rest of the week: one error of 14.4 over 144 hours.
        forecast[100] = 24.4;

        BwdfScore score = BwdfScore.of(forecast, truth);

        assertThat(score.pi1()).isCloseTo(6.0 / 23, within(1e-12)); // 23 hours with truth
        assertThat(score.pi2()).isEqualTo(3.0);
        assertThat(score.pi3()).isCloseTo(14.4 / 144, within(1e-12));
        assertThat(score.sum()).isCloseTo(6.0 / 23 + 3 + 0.1, within(1e-12));
    }

    @Test
    void aWeekWithoutTruthIsNotScored() {
        double[] truth = new double[168];
        Arrays.fill(truth, Double.NaN);

        assertThat(BwdfScore.of(new double[168], truth).isScored()).isFalse();
    }

    @Test
    void aForecastOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> BwdfScore.of(new double[167], new double[168])).hasMessageContaining("168");
    }
}
