package org.headwater.detect.leak;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A leak detector on a network's inflow series (consumption plus leakage at each step): each
 * night it compares the night-to-day ratio — mean inflow over the night window divided by the mean
 * over the 24 hours ending with it — with the median ratio of recent leak-free nights.
 *
 * <p>Why the ratio: demand scales with season and weekday, but a leak adds about the same flow
 * day and night, so it lifts the night share of the day while seasonal swings leave it unchanged.
 * Nights judged leaky do not enter the baseline, so a lasting leak stays flagged instead of
 * becoming the new normal. The decision made at the end of a night window holds for the next 24
 * hours (it uses only steps already measured).
 */
public final class NightRatioDetector {

    /**
     * @param stepsPerDay steps in a day (48 for 30-minute steps); series start at midnight
     * @param nightStart first step of the night window within a day
     * @param nightEnd step after the night window's last
     * @param baselineNights leak-free nights whose median ratio is the baseline
     * @param threshold relative rise of the ratio over the baseline that raises an alarm
     * @param confirmNights consecutive nights above the threshold before an alarm is raised
     * @param sameWeekday compare a night with the same weekday's nights only (weekly demand cycles)
     */
    public record Settings(
            int stepsPerDay,
            int nightStart,
            int nightEnd,
            int baselineNights,
            double threshold,
            int confirmNights,
            boolean sameWeekday) {

        public Settings {
            if (nightStart < 0 || nightEnd <= nightStart || nightEnd > stepsPerDay) {
                throw new IllegalArgumentException("night window must lie within a day");
            }
            if (baselineNights < 3 || threshold <= 0 || confirmNights < 1) {
                throw new IllegalArgumentException("need ≥ 3 baseline nights, a positive threshold, ≥ 1 confirm night");
            }
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "night steps %d-%d, baseline %d %snights, threshold %.4f, confirm %d",
                    nightStart,
                    nightEnd,
                    baselineNights,
                    sameWeekday ? "same-weekday " : "",
                    threshold,
                    confirmNights);
        }
    }

    private final Settings s;

    public NightRatioDetector(Settings settings) {
        this.s = settings;
    }

    /** One alarm flag per step of {@code inflow}. */
    public boolean[] detect(double[] inflow) {
        int n = inflow.length;
        int day = s.stepsPerDay();
        boolean[] alarm = new boolean[n];
        int groups = s.sameWeekday() ? 7 : 1;
        int perGroup = Math.max(3, s.baselineNights() / groups);
        List<ArrayDeque<Double>> history = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            history.add(new ArrayDeque<>());
        }
        int above = 0;
        boolean raised = false;
        for (int d = 0; ; d++) {
            int decided = d * day + s.nightEnd();
            if (decided > n) {
                break;
            }
            if (decided < day) {
                continue;
            }
            ArrayDeque<Double> past = history.get(d % groups);
            double ratio = mean(inflow, d * day + s.nightStart(), decided) / mean(inflow, decided - day, decided);
            boolean exceeds = past.size() >= 3 && ratio > median(past) * (1 + s.threshold());
            above = exceeds ? above + 1 : 0;
            raised = exceeds && (raised || above >= s.confirmNights());
            if (!exceeds) {
                past.addLast(ratio);
                if (past.size() > perGroup) {
                    past.removeFirst();
                }
            }
            if (raised) {
                Arrays.fill(alarm, decided, Math.min(n, decided + day), true);
            }
        }
        return alarm;
    }

    private static double mean(double[] q, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += q[t];
        }
        return sum / (to - from);
    }

    private static double median(ArrayDeque<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
