package org.headwater.analytics.breakrisk;

/** The LightGBM classifier of issue 8 as a rate model: expected breaks from P(at least one) as -ln(1 - p). */
final class BoostedBinaryRate implements RateModel {

    private final BoostedBreakRiskModel model;

    BoostedBinaryRate(BoostedBreakRiskModel.Settings settings) {
        this.model = new BoostedBreakRiskModel(settings);
    }

    @Override
    public String name() {
        return "lightgbm";
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        double[] p = model.likelihoods(data);
        double[] expected = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            expected[i] = -Math.log1p(-Math.min(p[i], 0.999));
        }
        return expected;
    }
}
