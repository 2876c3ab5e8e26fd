package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-feature ranking with no fitting: oldest pipes first ({@link #age()}), or most prior breaks
 * first with age breaking ties ({@link #priorBreaks()}).
 */
public final class FeatureBaseline implements BreakRiskRanker {

    private final String name;
    private final RiskFeature primary;
    private final double ageTieBreakWeight;

    private FeatureBaseline(String name, RiskFeature primary, double ageTieBreakWeight) {
        this.name = name;
        this.primary = primary;
        this.ageTieBreakWeight = ageTieBreakWeight;
    }

    public static FeatureBaseline age() {
        return new FeatureBaseline("age", RiskFeature.AGE_YEARS, 0);
    }

    public static FeatureBaseline priorBreaks() {
        return new FeatureBaseline("prior-breaks", RiskFeature.BREAKS_ON_PIPE, 1e-3);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RiskRanking rank(AssetRegister register, BreakHistory fullHistory, LocalDate asOf) {
        FeatureRows features = FeatureRows.over(register, fullHistory.upTo(asOf));
        List<PipeSegment> inService = register.inServiceOn(asOf);
        double[] rows = features.at(inService, asOf);
        List<SegmentRisk> risks = new ArrayList<>();
        for (int i = 0; i < inService.size(); i++) {
            PipeSegment pipe = inService.get(i);
            double value = orZero(rows[i * FeatureRows.WIDTH + primary.ordinal()]);
            double age = orZero(rows[i * FeatureRows.WIDTH + RiskFeature.AGE_YEARS.ordinal()]);
            double score = value + ageTieBreakWeight * age;
            risks.add(new SegmentRisk(
                    pipe.assetId(),
                    pipe.lengthMetres(),
                    score,
                    score,
                    List.of(new RiskFactor(primary.label(), features.describe(primary, value), value))));
        }
        return new RiskRanking(name, asOf, risks);
    }

    /** Unknown ages rank last rather than failing the comparison. */
    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
