package org.headwater.analytics.breakrisk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a rate model's expected breaks into a ranking: priority per km of length, likelihood calibrated when a calibration is given. */
final class RateRanker {

    private RateRanker() {}

    static RiskRanking ranking(
            String name, FittingData data, double[] expected, @Nullable IsotonicCalibration calibration) {
        List<SegmentRisk> risks = new ArrayList<>(expected.length);
        for (int i = 0; i < expected.length; i++) {
            PipeSegment pipe = data.inService.get(i);
            double likelihood = calibration == null ? -Math.expm1(-expected[i]) : calibration.probability(expected[i]);
            // rounded to float precision: a class rate times a length and divided back must tie exactly with its class
            double priority = (float) (1000 * expected[i] / FittingData.km(pipe));
            risks.add(new SegmentRisk(pipe.assetId(), pipe.lengthMetres(), likelihood, priority, List.of()));
        }
        return new RiskRanking(name, data.asOf, risks);
    }
}
