package org.headwater.detect.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** LeakDB's scoring on hand-worked series (expected values worked out by hand from the rules). */
class LeakDbScoringTest {

    private static boolean[] steps(int n, int... on) {
        boolean[] b = new boolean[n];
        for (int t : on) {
            b[t] = true;
        }
        return b;
    }

    private static int[] range(int from, int toInclusive) {
        int[] r = new int[toInclusive - from + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] concat(int[] a, int... b) {
        int[] r = new int[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void counts_steps_and_scores_a_late_but_held_detection() {
        // leak on steps 4..7 of 20; alarms on step 1 (false) and 6..17 (two steps late, held 10 steps past the leak)
        boolean[] truth = steps(20, range(4, 7));
        boolean[] alarm = steps(20, concat(range(6, 17), 1));
        LeakDbScoring scoring = new LeakDbScoring();
        scoring.add(truth, alarm);
        LeakDbScore s = scoring.score();

        assertThat(new long[] {s.tp(), s.fp(), s.tn(), s.fn()}).containsExactly(2, 11, 5, 2);
        assertThat(s.truePositiveRate()).isCloseTo(50.0, within(1e-9));
        assertThat(s.trueNegativeRate()).isCloseTo(31.25, within(1e-9));
        assertThat(s.f1()).isCloseTo(100.0 * 4 / 17, within(1e-9));
        assertThat(s.mcc()).isCloseTo(-0.157242725508, within(1e-9));
        // window 4..17 (3 leak steps after the first + 10 extra): τ = 13, first alarm x = 2, 12/12 flagged
        assertThat(s.leakWindows()).isEqualTo(1);
        assertThat(s.earlyDetection()).isCloseTo(100 * 0.633291059624, within(1e-7));
    }

    @Test
    void a_detection_counts_only_if_more_than_three_quarters_of_the_rest_of_the_window_is_flagged() {
        boolean[] truth = steps(8, range(0, 2)); // window 0..7 (end capped at the series), τ = 7
        assertThat(LeakDbScoring.earlyDetection(steps(8, range(0, 5)), 0, 2)).isZero(); // 6/8 = 75 %: not more
        assertThat(LeakDbScoring.earlyDetection(steps(8, range(0, 6)), 0, 2)).isEqualTo(1.0); // 7/8, at once

        LeakDbScoring scoring = new LeakDbScoring();
        scoring.add(truth, steps(8, range(0, 6)));
        assertThat(scoring.score().earlyDetection()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void the_extra_steps_shrink_at_the_end_of_the_series() {
        // leak 15..19 of 20: no room for extra steps, τ = 4; alarm from 17: x = 2, σ = 2 / (1 + e^2.5)
        assertThat(LeakDbScoring.earlyDetection(steps(20, range(17, 19)), 15, 19))
                .isCloseTo(0.151716360042, within(1e-9));
    }

    @Test
    void early_detection_averages_over_every_leak_window_of_every_scenario() {
        LeakDbScoring scoring = new LeakDbScoring();
        scoring.add(steps(30, range(2, 4)), steps(30, range(2, 14))); // detected at once: σ = 1
        scoring.add(steps(30, range(5, 6)), steps(30)); // missed: σ = 0
        scoring.add(steps(30), steps(30, 3)); // leak-free scenario: only a false positive
        LeakDbScore s = scoring.score();

        assertThat(s.leakWindows()).isEqualTo(2);
        assertThat(s.earlyDetection()).isCloseTo(50.0, within(1e-9));
        assertThat(new long[] {s.tp(), s.fp(), s.tn(), s.fn()}).containsExactly(3, 11, 74, 2);
    }

    @Test
    void overlapping_leaks_make_one_window_as_their_labels_do() {
        boolean[] truth = steps(40, concat(range(5, 12), range(10, 20)));
        LeakDbScoring scoring = new LeakDbScoring();
        scoring.add(truth, steps(40));
        assertThat(scoring.score().leakWindows()).isEqualTo(1);
    }
}
