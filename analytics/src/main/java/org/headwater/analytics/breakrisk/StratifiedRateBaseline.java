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
        BreakHistory history = fullHistory.upTo(asOf);
        FeatureRows features = FeatureRows.over(register, history);
        TrainingWindows windows = new TrainingWindows(register, history, asOf, trainingYears, features);
        double[] past = windows.featureMatrix();
        Map<String, double[]> classes = new HashMap<>();
        Map<String, double[]> parents = new HashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            PipeSegment pipe = windows.segments.get(i);
            double km = pipe.lengthMetres() / 1000;
            int breaks = windows.breaksNextYear.get(i);
            add(classes, classKey(pipe, past, i), km, breaks);
            add(parents, priorClass(past, i), km, breaks);
        }
        List<PipeSegment> inService = register.inServiceOn(asOf);
        double[] now = features.at(inService, asOf);
        List<SegmentRisk> risks = new ArrayList<>();
        for (int i = 0; i < inService.size(); i++) {
            PipeSegment pipe = inService.get(i);
            String key = classKey(pipe, now, i);
            double[] parent = parents.getOrDefault(priorClass(now, i), new double[2]);
            double parentRate = parent[0] > 0 ? parent[1] / parent[0] : 0;
            double[] own = classes.getOrDefault(key, new double[2]);
            double rate = (own[1] + SHRINK_KM_YEARS * parentRate) / (own[0] + SHRINK_KM_YEARS);
            risks.add(new SegmentRisk(
                    pipe.assetId(),
                    pipe.lengthMetres(),
                    rate * pipe.lengthMetres() / 1000,
                    rate,
                    List.of(new RiskFactor("prior breaks|material|decade", key, rate))));
        }
        return new RiskRanking(name(), asOf, risks);
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

    private static String classKey(PipeSegment pipe, double[] rows, int row) {
        LocalDate installed = pipe.installed();
        String decade = installed == null ? "unknown" : (installed.getYear() / 10 * 10) + "s";
        return priorClass(rows, row) + "|" + pipe.material() + "|" + decade;
    }
}
