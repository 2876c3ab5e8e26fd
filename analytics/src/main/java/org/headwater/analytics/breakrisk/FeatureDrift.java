package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Population stability index of each model feature between the network as it was at a training
 * reference date and as it is now, and of the scores of two rankings: the drift check a scheduled
 * run makes before trusting a model fitted earlier.
 */
public record FeatureDrift(Map<RiskFeature, Double> indexByFeature) {

    public FeatureDrift {
        indexByFeature = Map.copyOf(indexByFeature);
    }

    /** Feature distributions of the segments in service at each date, over breaks up to {@code current}. */
    public static FeatureDrift between(
            AssetRegister register, BreakHistory history, LocalDate trainingReference, LocalDate current) {
        FeatureRows features = FeatureRows.over(register, history.upTo(current));
        double[] before = features.at(register.inServiceOn(trainingReference), trainingReference);
        double[] now = features.at(register.inServiceOn(current), current);
        Map<RiskFeature, Double> index = new EnumMap<>(RiskFeature.class);
        for (RiskFeature feature : RiskFeature.values()) {
            index.put(feature, PopulationStabilityIndex.of(column(before, feature), column(now, feature)));
        }
        return new FeatureDrift(index);
    }

    /** PSI of the likelihoods of two rankings (for example last night's and tonight's). */
    public static double ofScores(RiskRanking reference, RiskRanking current) {
        return PopulationStabilityIndex.of(likelihoods(reference), likelihoods(current));
    }

    /** Features whose index passes {@link PopulationStabilityIndex#DRIFT_THRESHOLD}: each one an alert. */
    public List<RiskFeature> drifted() {
        return indexByFeature.entrySet().stream()
                .filter(e -> e.getValue() > PopulationStabilityIndex.DRIFT_THRESHOLD)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static double[] column(double[] rows, RiskFeature feature) {
        double[] values = new double[rows.length / FeatureRows.WIDTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows[i * FeatureRows.WIDTH + feature.ordinal()];
        }
        return values;
    }

    private static double[] likelihoods(RiskRanking ranking) {
        return ranking.segments().stream().mapToDouble(SegmentRisk::likelihood).toArray();
    }
}
