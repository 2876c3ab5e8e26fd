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

    @Test
    void theFloorOfASawtoothThatReturnsToTheSameLevelIsFlatWhereTheFittedLineIsNot() {
        // Ten minutes of in-flight data growing and released, the floor staying at 100 MB; the last window is
        // caught high, which tilts a line through every sample but not the floor.
        double[] minutes = new double[40];
        double[] megabytes = new double[40];
        for (int m = 0; m < 40; m++) {
            minutes[m] = m;
            megabytes[m] = 100 + (m % 10) * 8 + (m >= 30 ? 40 : 0) * (m % 10 == 0 ? 0 : 1);
        }

        assertThat(LeastSquares.floorSlope(minutes, megabytes, 10)).isZero();
        assertThat(LeastSquares.slope(minutes, megabytes)).isGreaterThan(0.5);
    }

    @Test
    void aRisingFloorHasTheSlopeOfItsRise() {
        double[] minutes = {0, 1, 2, 10, 11, 12, 20, 21, 22};
        double[] megabytes = {150, 100, 170, 160, 103, 190, 180, 106, 175}; // floor +3 MB every 10 minutes

        assertThat(LeastSquares.floorSlope(minutes, megabytes, 10)).isCloseTo(0.3, offset(1e-9));
    }
}
