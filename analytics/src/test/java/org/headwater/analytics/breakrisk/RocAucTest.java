package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocAucTest {

    @Test
    void countsTheShareOfPositiveNegativePairsOrderedCorrectly() {
        // pairs (positive, negative): (0.9,0.8) (0.9,0.6) (0.7,0.6) right, (0.7,0.8) wrong -> 3/4
        double auc = RocAuc.of(new double[] {0.9, 0.8, 0.7, 0.6}, new boolean[] {true, false, true, false});
        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aTiedPairCountsHalf() {
        double auc = RocAuc.of(new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, false});
        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void perfectAndReversedRankingsGiveOneAndZero() {
        boolean[] labels = {false, false, true};
        assertThat(RocAuc.of(new double[] {1, 2, 3}, labels)).isEqualTo(1.0);
        assertThat(RocAuc.of(new double[] {3, 2, 1}, labels)).isEqualTo(0.0);
    }

    @Test
    void isUndefinedWithoutBothClasses() {
        assertThat(RocAuc.of(new double[] {1, 2}, new boolean[] {false, false})).isNaN();
    }
}
