package org.headwater.detect.leak;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the {@link NightRatioDetector} settings with the best LeakDB F1 (ties: the better
 * early-detection score) on development scenarios, so that other scenarios can be scored with
 * settings they did not influence.
 */
public final class NightRatioTuning {

    /** A scenario: the system inflow at each step and LeakDB's labels for the same steps. */
    public record Scenario(double[] inflow, boolean[] labels) {}

    /** The chosen settings and their score on the development scenarios. */
    public record Choice(NightRatioDetector.Settings settings, LeakDbScore score) {}

    private NightRatioTuning() {}

    /** The candidate grid for 30-minute steps: two night windows, three baselines, 13 thresholds, 1 or 2 nights, with or without weekdays. */
    public static List<NightRatioDetector.Settings> grid() {
        List<NightRatioDetector.Settings> grid = new ArrayList<>();
        int[][] nights = {{2, 8}, {4, 10}}; // 01:00–04:00, 02:00–05:00
        double[] thresholds = {0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.08, 0.12, 0.20};
        for (int[] night : nights) {
            for (int baseline : new int[] {28, 56, 112}) {
                for (double threshold : thresholds) {
                    for (int confirm = 1; confirm <= 2; confirm++) {
                        for (boolean weekday : new boolean[] {false, true}) {
                            grid.add(new NightRatioDetector.Settings(
                                    48, night[0], night[1], baseline, threshold, confirm, weekday));
                        }
                    }
                }
            }
        }
        return grid;
    }

    /** The best of {@code candidates} on {@code development}. */
    public static Choice choose(List<NightRatioDetector.Settings> candidates, List<Scenario> development) {
        if (candidates.isEmpty() || development.isEmpty()) {
            throw new IllegalArgumentException("need candidate settings and development scenarios");
        }
        // candidates are scored in parallel; the choice is made in grid order, so ties resolve the same way
        List<LeakDbScore> scores = candidates.parallelStream()
                .map(settings -> score(settings, development))
                .toList();
        Choice best = null;
        for (int i = 0; i < candidates.size(); i++) {
            if (best == null || better(scores.get(i), best.score())) {
                best = new Choice(candidates.get(i), scores.get(i));
            }
        }
        return best;
    }

    /** LeakDB's scores of the detector with {@code settings} over {@code scenarios}. */
    public static LeakDbScore score(NightRatioDetector.Settings settings, List<Scenario> scenarios) {
        NightRatioDetector detector = new NightRatioDetector(settings);
        LeakDbScoring scoring = new LeakDbScoring();
        for (Scenario s : scenarios) {
            scoring.add(s.labels(), detector.detect(s.inflow()));
        }
        return scoring.score();
    }

    private static boolean better(LeakDbScore a, LeakDbScore b) {
        if (a.f1() != b.f1()) {
            return a.f1() > b.f1();
        }
        return a.earlyDetection() > b.earlyDetection();
    }
}
