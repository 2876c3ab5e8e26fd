package org.headwater.detect.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** LeakDB's MNF baseline detector on hand-made days (4 steps a day, the minimum set per day). */
class LeakDbMnfDetectorTest {

    private static double[] days(double... minima) {
        double[] q = new double[minima.length * 4];
        for (int d = 0; d < minima.length; d++) {
            Arrays.fill(q, d * 4, d * 4 + 4, minima[d] + 5);
            q[d * 4 + 2] = minima[d];
        }
        return q;
    }

    @Test
    void flags_whole_days_whose_minimum_rises_more_than_gamma_over_the_least_of_ten_unflagged_days() {
        // ten days at 10 (day 3 at 9, the least), then 10.7 (+19 %: not more than 20 %), 11 (+22 %), 9.5
        double[] q = days(10, 10, 10, 9, 10, 10, 10, 10, 10, 10, 10.7, 11, 9.5);
        boolean[] alarm = new LeakDbMnfDetector(0.2, 4).detect(q);

        for (int t = 0; t < 11 * 4; t++) {
            assertThat(alarm[t]).as("step %d", t).isFalse();
        }
        for (int t = 11 * 4; t < 12 * 4; t++) {
            assertThat(alarm[t]).as("step %d", t).isTrue();
        }
        assertThat(alarm[12 * 4]).isFalse();
    }

    @Test
    void a_flagged_day_does_not_enter_the_window_so_a_lasting_leak_stays_flagged() {
        double[] q = days(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13);
        boolean[] alarm = new LeakDbMnfDetector(0.2, 4).detect(q);
        assertThat(alarm[21 * 4]).isTrue();
    }
}
