package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a ranking made at the as-of date against each later calendar year of truth: the
 * walk-forward backtest behind {@code eval break-risk}.
 */
public final class WalkForwardEvaluation {

    private WalkForwardEvaluation() {}

    /**
     * Checks that the inputs make an honest backtest: the break history must reach the as-of date,
     * otherwise the model would be fitted on a silent gap.
     */
    public static void checkAsOf(BreakHistory history, LocalDate asOf) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the break history holds no main breaks");
        }
        if (asOf.isAfter(history.lastDate())) {
            throw new IllegalArgumentException("--as-of " + asOf + " is after the last break in the history ("
                    + history.lastDate() + "): the history does not cover the fitting period");
        }
    }

    /** Per-year scores of {@code ranking} against the truth breaks after its as-of date. */
    public static List<YearScore> score(RiskRanking ranking, BreakHistory truth) {
        Map<Integer, List<MainBreak>> byYear = truth.byYearAfter(ranking.asOf());
        Set<String> ranked = new HashSet<>();
        ranking.segments().forEach(s -> ranked.add(s.assetId()));
        List<YearScore> scores = new ArrayList<>();
        byYear.forEach((year, breaks) -> scores.add(scoreWindow(ranking, year, breaks, ranked)));
        return scores;
    }

    /** Scores {@code ranking} against one window of truth breaks, labelled {@code year}. */
    public static YearScore scoreWindow(RiskRanking ranking, int year, List<MainBreak> breaks) {
        Set<String> ranked = new HashSet<>();
        ranking.segments().forEach(s -> ranked.add(s.assetId()));
        return scoreWindow(ranking, year, breaks, ranked);
    }

    private static YearScore scoreWindow(RiskRanking ranking, int year, List<MainBreak> breaks, Set<String> ranked) {
        List<MainBreak> joined =
                breaks.stream().filter(b -> ranked.contains(b.assetId())).toList();
        return new YearScore(
                ranking.method(),
                year,
                joined.size(),
                breaks.size() - joined.size(),
                CaptureAtLength.of(ranking, joined, 0.05),
                CaptureAtLength.of(ranking, joined, 0.10),
                brier(ranking, joined),
                auc(ranking, joined));
    }

    /** Mean squared difference between each segment's likelihood and whether it broke in the window. */
    private static double brier(RiskRanking ranking, List<MainBreak> breaks) {
        Set<String> broken = new HashSet<>();
        breaks.forEach(b -> broken.add(b.assetId()));
        double total = 0;
        for (SegmentRisk segment : ranking.segments()) {
            double outcome = broken.contains(segment.assetId()) ? 1 : 0;
            total += (segment.likelihood() - outcome) * (segment.likelihood() - outcome);
        }
        return ranking.segments().isEmpty()
                ? Double.NaN
                : total / ranking.segments().size();
    }

    private static double auc(RiskRanking ranking, List<MainBreak> breaks) {
        Set<String> broken = new HashSet<>();
        breaks.forEach(b -> broken.add(b.assetId()));
        List<SegmentRisk> segments = ranking.segments();
        double[] scores = new double[segments.size()];
        boolean[] positive = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            scores[i] = segments.get(i).likelihood();
            positive[i] = broken.contains(segments.get(i).assetId());
        }
        return RocAuc.of(scores, positive);
    }

    /** Mean of the years' capture@5 %, skipping years with no joined break. */
    public static double meanCaptureAt5(List<YearScore> scores) {
        return scores.stream()
                .mapToDouble(YearScore::captureAt5)
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }
}
