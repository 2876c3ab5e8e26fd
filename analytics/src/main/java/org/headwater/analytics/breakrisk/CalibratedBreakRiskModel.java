package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The break-risk model the platform runs and {@code eval break-risk} scores (ADR 0021, ADR 0036): a
 * candidate of the walk-forward study ranks pipes by expected breaks per km, and its expected
 * breaks become a probability of at least one break in the next year through an isotonic map fitted
 * on the same model's predictions as of the {@value #CALIBRATION_YEARS} previous years and what
 * happened in the year after each (all on or before the as-of date). Reasons come from the Poisson
 * regression over the same features.
 */
public final class CalibratedBreakRiskModel implements BreakRiskRanker {

    /** The nested walk-forward blend over every development year (docs/break-risk.md, ADR 0036). */
    public static final String CHOSEN = BreakRiskCandidates.PLATFORM_BLEND;

    public static final int CALIBRATION_YEARS = 3;

    private static final int FACTORS_PER_PIPE = 3;

    private final String candidate;
    private final int trainingYears;
    private final boolean calibrated;

    private CalibratedBreakRiskModel(String candidate, int trainingYears, boolean calibrated) {
        BreakRiskCandidates.one(candidate, trainingYears); // fails early on an unknown name
        this.candidate = candidate;
        this.trainingYears = trainingYears;
        this.calibrated = calibrated;
    }

    public static CalibratedBreakRiskModel chosen(int trainingYears) {
        return new CalibratedBreakRiskModel(CHOSEN, trainingYears, true);
    }

    public static CalibratedBreakRiskModel of(String candidate, int trainingYears) {
        return new CalibratedBreakRiskModel(candidate, trainingYears, true);
    }

    /** The same ranking with raw probabilities (1 - e^-expected): a third of the fits, for backtests that score the order. */
    public CalibratedBreakRiskModel uncalibrated() {
        return new CalibratedBreakRiskModel(candidate, trainingYears, false);
    }

    @Override
    public String name() {
        return candidate;
    }

    @Override
    public RiskRanking rank(AssetRegister register, BreakHistory fullHistory, LocalDate asOf) {
        BreakHistory history = fullHistory.upTo(asOf);
        var candidates = BreakRiskCandidates.sharing(trainingYears);
        RateModel model = BreakRiskCandidates.one(candidates, candidate);
        FittingData data = FittingData.of(register, history, asOf, trainingYears);
        double[] expected = model.expectedBreaks(data);
        IsotonicCalibration calibration = calibrated ? calibration(register, history, asOf) : null;
        double[][] contributions = contributions(candidates, data);
        RiskRanking ranked = RateRanker.ranking(candidate, data, expected, calibration);
        List<SegmentRisk> explained = new ArrayList<>(ranked.segments().size());
        java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
        for (int i = 0; i < data.inService.size(); i++) {
            rowOf.put(data.inService.get(i).assetId(), i);
        }
        for (SegmentRisk risk : ranked.segments()) {
            int row = rowOf.get(risk.assetId());
            explained.add(new SegmentRisk(
                    risk.assetId(),
                    risk.lengthMetres(),
                    risk.likelihood(),
                    risk.priority(),
                    factors(data, contributions[row], row)));
        }
        return new RiskRanking(candidate, asOf, explained);
    }

    /**
     * Reasons in log-rate terms. For the empirical-Bayes model with context: the prior regression's feature
     * contributions (attributes, breaks on the street and on the replaced pipe) plus the pipe's own
     * record, log(estimate / prior). For the platform's blend (a geometric mean, so log rates average):
     * two thirds of that (standing for both empirical-Bayes members) and a third of the Poisson
     * regression's (standing for the negative binomial: same columns). For other candidates: the full
     * Poisson regression's.
     */
    private double[][] contributions(
            java.util.Map<String, java.util.function.Supplier<RateModel>> candidates, FittingData data) {
        if (candidate.equals("eb-context")) {
            return empiricalBayesContributions(candidates, data);
        }
        double[][] poisson = ((GlmRateModel) BreakRiskCandidates.one(candidates, "poisson-glm"))
                .fitted(data)
                .contributions();
        if (!candidate.equals(BreakRiskCandidates.PLATFORM_BLEND)) {
            return poisson;
        }
        double[][] empiricalBayes = empiricalBayesContributions(candidates, data);
        double[][] blended = new double[poisson.length][];
        for (int i = 0; i < poisson.length; i++) {
            blended[i] = new double[poisson[i].length];
            for (int f = 0; f < blended[i].length; f++) {
                blended[i][f] = (2 * empiricalBayes[i][f] + poisson[i][f]) / 3;
            }
        }
        return blended;
    }

    private static double[][] empiricalBayesContributions(
            java.util.Map<String, java.util.function.Supplier<RateModel>> candidates, FittingData data) {
        double[] expected = BreakRiskCandidates.one(candidates, "eb-context").expectedBreaks(data);
        GlmRateModel.Fitted prior =
                ((GlmRateModel) BreakRiskCandidates.one(candidates, BreakRiskCandidates.CONTEXT_PRIOR)).fitted(data);
        double[][] contributions = new double[expected.length][];
        for (int i = 0; i < expected.length; i++) {
            contributions[i] = prior.contributions()[i].clone();
            contributions[i][RiskFeature.BREAKS_ON_PIPE.ordinal()] += Math.log(expected[i] / prior.expected()[i]);
        }
        return contributions;
    }

    /** Null when the record holds no earlier year with a training window before it. */
    private @Nullable IsotonicCalibration calibration(AssetRegister register, BreakHistory history, LocalDate asOf) {
        List<WalkForwardStudy.Cell> earlier = new ArrayList<>();
        RateModel model = BreakRiskCandidates.one(candidate, trainingYears);
        int firstFullYear = history.firstFullYear();
        for (int back = CALIBRATION_YEARS; back >= 1; back--) {
            LocalDate then = asOf.minusYears(back);
            if (then.getYear() - 1 < firstFullYear) {
                continue;
            }
            FittingData past = FittingData.of(register, history, then, trainingYears);
            LocalDate end = then.plusYears(1);
            Set<String> broken = new HashSet<>();
            history.breaks().stream()
                    .filter(b -> b.date().isAfter(then) && !b.date().isAfter(end))
                    .forEach(b -> broken.add(b.assetId()));
            boolean[] broke = new boolean[past.inService.size()];
            for (int i = 0; i < broke.length; i++) {
                broke[i] = broken.contains(past.inService.get(i).assetId());
            }
            earlier.add(new WalkForwardStudy.Cell(
                    candidate, then.getYear(), null, null, model.expectedBreaks(past), broke));
        }
        return earlier.isEmpty() ? null : WalkForwardStudy.calibrationOn(earlier);
    }

    private static List<RiskFactor> factors(FittingData data, double[] contributions, int row) {
        List<RiskFactor> factors = new ArrayList<>();
        for (RiskFeature feature : RiskFeature.values()) {
            double contribution = contributions[feature.ordinal()];
            if (contribution > 0) {
                double value = FittingData.feature(data.rows, row, feature);
                factors.add(new RiskFactor(feature.label(), data.features.describe(feature, value), contribution));
            }
        }
        return factors.stream()
                .sorted(Comparator.comparingDouble(RiskFactor::contribution).reversed())
                .limit(FACTORS_PER_PIPE)
                .toList();
    }
}
