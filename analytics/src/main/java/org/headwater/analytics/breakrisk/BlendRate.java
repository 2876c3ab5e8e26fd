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
        return geometricMean(
                models.stream().map(model -> model.expectedBreaks(data)).toList());
    }

    /** Per pipe, the geometric mean of several models' expected breaks (floored at 1e-12). */
    static double[] geometricMean(List<double[]> expected) {
        double[] blended = new double[expected.getFirst().length];
        for (int i = 0; i < blended.length; i++) {
            double logSum = 0;
            for (double[] model : expected) {
                logSum += Math.log(Math.max(model[i], 1e-12));
            }
            blended[i] = Math.exp(logSum / expected.size());
        }
        return blended;
    }
}
