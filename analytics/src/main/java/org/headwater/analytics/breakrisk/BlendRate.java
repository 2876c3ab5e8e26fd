package org.headwater.analytics.breakrisk;

import java.util.List;

/**
 * A weighted geometric mean of rate models' expected breaks: an ensemble that keeps the lookup in
 * the ranking while another model adds what the lookup's classes miss, or that averages several
 * models whose errors differ.
 */
final class BlendRate implements RateModel {

    private final String name;
    private final List<RateModel> models;

    /** Equal weights. */
    BlendRate(String name, List<RateModel> models) {
        this.name = name;
        this.models = List.copyOf(models);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        double[] logSum = null;
        for (RateModel model : models) {
            double[] expected = model.expectedBreaks(data);
            if (logSum == null) {
                logSum = new double[expected.length];
            }
            for (int i = 0; i < expected.length; i++) {
                logSum[i] += Math.log(Math.max(expected[i], 1e-12));
            }
        }
        double[] blended = new double[logSum.length];
        for (int i = 0; i < blended.length; i++) {
            blended[i] = Math.exp(logSum[i] / models.size());
        }
        return blended;
    }
}
