package org.headwater.analytics.breakrisk;

import java.util.List;

/**
 * The risk of one segment for the year after the as-of date. {@code likelihood} orders segments
 * (AUC); {@code priority} orders the inspection list, where length is the budget, so it is a
 * likelihood per unit length. {@code factors} explain the score, strongest first.
 */
public record SegmentRisk(
        String assetId, double lengthMetres, double likelihood, double priority, List<RiskFactor> factors) {

    public SegmentRisk {
        factors = List.copyOf(factors);
    }
}
