package org.headwater.detect.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The night-ratio detector on synthetic inflow: a day curve, a seasonal swing, noise and leaks. */
class NightRatioDetectorTest {

    private static final int DAY = 48;
    private static final NightRatioDetector.Settings SETTINGS =
            new NightRatioDetector.Settings(DAY, 4, 10, 28, 0.1, 1, false);

    /** Inflow of {@code days} days: diurnal curve × seasonal factor × 2 % noise, plus {@code leak} from {@code leakStart}. */
    private static double[] inflow(int days, double seasonalSwing, int leakStart, double leak) {
        Random random = new Random(5);
        double[] q = new double[days * DAY];
        for (int t = 0; t < q.length; t++) {
            double hour = (t % DAY) / 2.0;
            double diurnal = 1 - 0.5 * Math.cos(2 * Math.PI * (hour - 3) / 24);
            double season = 1 + seasonalSwing * Math.sin(2 * Math.PI * t / q.length);
            q[t] = 100 * diurnal * season * (1 + 0.02 * random.nextGaussian()) + (t >= leakStart ? leak : 0);
        }
        return q;
    }

    @Test
    void a_leak_of_two_fifths_of_night_flow_is_flagged_from_the_first_night_after_it_and_stays_flagged() {
        int start = 60 * DAY + 30; // day 60, 15:00
        boolean[] alarm = new NightRatioDetector(SETTINGS).detect(inflow(120, 0.2, start, 20));

        int firstNightEnd = 61 * DAY + 10;
        for (int t = 0; t < firstNightEnd; t++) {
            assertThat(alarm[t]).as("step %d", t).isFalse();
        }
        for (int t = firstNightEnd; t < alarm.length; t++) {
            assertThat(alarm[t]).as("step %d", t).isTrue();
        }
    }

    @Test
    void a_seasonal_rise_in_demand_raises_no_alarm() {
        boolean[] alarm = new NightRatioDetector(SETTINGS).detect(inflow(365, 0.3, Integer.MAX_VALUE, 0));
        for (boolean a : alarm) {
            assertThat(a).isFalse();
        }
    }

    @Test
    void confirmation_nights_delay_the_alarm_by_whole_days() {
        int start = 60 * DAY;
        NightRatioDetector.Settings twoNights = new NightRatioDetector.Settings(DAY, 4, 10, 28, 0.1, 2, false);
        boolean[] alarm = new NightRatioDetector(twoNights).detect(inflow(90, 0.0, start, 20));

        assertThat(alarm[60 * DAY + 10]).isFalse();
        assertThat(alarm[61 * DAY + 10]).isTrue();
    }

    @Test
    void tuning_keeps_the_settings_with_the_best_f1_on_the_development_scenarios() {
        int start = 60 * DAY;
        double[] q = inflow(120, 0.1, start, 20);
        boolean[] labels = new boolean[q.length];
        java.util.Arrays.fill(labels, start, q.length, true);
        NightRatioDetector.Settings deaf = new NightRatioDetector.Settings(DAY, 4, 10, 28, 5.0, 1, false);

        NightRatioTuning.Choice choice = NightRatioTuning.choose(
                java.util.List.of(deaf, SETTINGS), java.util.List.of(new NightRatioTuning.Scenario(q, labels)));

        assertThat(choice.settings()).isEqualTo(SETTINGS);
        assertThat(choice.score().f1()).isGreaterThan(90.0);
    }
}
