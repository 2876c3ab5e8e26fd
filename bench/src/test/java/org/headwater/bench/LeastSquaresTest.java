package org.headwater.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void slopeOfNoisySamplesAroundALineIsTheLinesSlope() {
        double[] minutes = {1, 2, 3, 4, 5, 6};
        double[] megabytes = {102, 103.5, 106.5, 108, 110.5, 111.5}; // 100 + 2 per minute, +-1

        assertThat(LeastSquares.slope(minutes, megabytes)).isCloseTo(2.0, offset(1e-9));
    }

    @Test
    void flatSamplesHaveNoSlopeAndOneSampleHasNone() {
        assertThat(LeastSquares.slope(new double[] {1, 2, 3}, new double[] {287, 287, 287}))
                .isZero();
        assertThat(LeastSquares.slope(new double[] {1}, new double[] {5})).isZero();
    }

    @Test
    void samplesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> LeastSquares.slope(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("differ in length");
    }
}
