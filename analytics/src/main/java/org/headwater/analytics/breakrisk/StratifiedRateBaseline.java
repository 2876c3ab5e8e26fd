package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transparent lookup: breaks per km-year in past windows for each class of prior breaks
 * (0, 1, 2+) × material × install decade, shrunk toward the prior-break class's rate where a class
 * has little length. A pipe's priority is its class rate.
 */
public final class StratifiedRateBaseline implements BreakRiskRanker {

    /** Km-years of pseudo-exposure at the parent rate: enough to tame classes of a few short pipes. */
    private static final double SHRINK_KM_YEARS = 5;

    private final int trainingYears;

    public StratifiedRateBaseline(int trainingYears) {
        this.trainingYears = trainingYears;
    }

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public RiskRanking rank(AssetRegister register, BreakHistory fullHistory, LocalDate asOf) {
        FittingData data = FittingData.of(register, fullHistory, asOf, trainingYears);
        double[] rates = rates(data, true);
        List<SegmentRisk> risks = new ArrayList<>();
        for (int i = 0; i < data.inService.size(); i++) {
            PipeSegment pipe = data.inService.get(i);
            risks.add(new SegmentRisk(
                    pipe.assetId(),
                    pipe.lengthMetres(),
                    rates[i] * pipe.lengthMetres() / 1000,
                    rates[i],
                    List.of(new RiskFactor(
                            "prior breaks|material|decade", classKey(pipe, data.rows, i, true), rates[i]))));
        }
        return new RiskRanking(name(), asOf, risks);
    }

    /** The lookup as a rate model, for blends and for the walk-forward study. */
    static RateModel asRateModel(boolean byPriorBreaks) {
        return new RateModel() {
            @Override
            public String name() {
                return byPriorBreaks ? "lookup" : "lookup-material-decade";
            }

            @Override
            public double[] expectedBreaks(FittingData data) {
                double[] rates = rates(data, byPriorBreaks);
                double[] expected = new double[rates.length];
                for (int i = 0; i < rates.length; i++) {
                    expected[i] = rates[i] * FittingData.km(data.inService.get(i));
                }
                return expected;
            }
        };
    }

    /**
     * Breaks per km-year of each in-service pipe's class, shrunk toward the parent class's rate
     * (its prior-break class, or the whole network when classes leave prior breaks out).
     */
    static double[] rates(FittingData data, boolean byPriorBreaks) {
        TrainingWindows windows = data.windows;
        double[] past = data.trainingRows;
        Map<String, double[]> classes = new HashMap<>();
        Map<String, double[]> parents = new HashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            PipeSegment pipe = windows.segments.get(i);
            double km = pipe.lengthMetres() / 1000;
            int breaks = windows.breaksNextYear.get(i);
            add(classes, classKey(pipe, past, i, byPriorBreaks), km, breaks);
            add(parents, parentKey(past, i, byPriorBreaks), km, breaks);
        }
        double[] rates = new double[data.inService.size()];
        for (int i = 0; i < rates.length; i++) {
            PipeSegment pipe = data.inService.get(i);
            double[] parent = parents.getOrDefault(parentKey(data.rows, i, byPriorBreaks), new double[2]);
            double parentRate = parent[0] > 0 ? parent[1] / parent[0] : 0;
            double[] own = classes.getOrDefault(classKey(pipe, data.rows, i, byPriorBreaks), new double[2]);
            rates[i] = (own[1] + SHRINK_KM_YEARS * parentRate) / (own[0] + SHRINK_KM_YEARS);
        }
        return rates;
    }

    private static String parentKey(double[] rows, int row, boolean byPriorBreaks) {
        return byPriorBreaks ? priorClass(rows, row) : "all";
    }

    private static void add(Map<String, double[]> table, String key, double km, int breaks) {
        double[] cell = table.computeIfAbsent(key, k -> new double[2]);
        cell[0] += km;
        cell[1] += breaks;
    }

    private static String priorClass(double[] rows, int row) {
        double prior = rows[row * FeatureRows.WIDTH + RiskFeature.BREAKS_ON_PIPE.ordinal()];
        return prior >= 2 ? "2+" : Integer.toString((int) prior);
    }

    private static String classKey(PipeSegment pipe, double[] rows, int row, boolean byPriorBreaks) {
        LocalDate installed = pipe.installed();
        String decade = installed == null ? "unknown" : (installed.getYear() / 10 * 10) + "s";
        return (byPriorBreaks ? priorClass(rows, row) + "|" : "") + pipe.material() + "|" + decade;
    }
}
