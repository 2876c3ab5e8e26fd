package org.headwater.analytics.breakrisk;

import java.util.List;

/**
 * Break counts per pipe-year as a log-linear regression with the pipe's length as exposure, fitted
 * on the stacked training windows: Poisson or negative binomial with install decade and age, a
 * piecewise-exponential proportional-hazards model (ten-year age bands, the count form of a Cox
 * model), or a Weibull proportional-hazards model (hazard per km k·t^(k-1)·exp(x·beta) in pipe age
 * t, with k chosen by likelihood on the training windows).
 */
final class GlmRateModel implements RateModel {

    /** Weibull shapes tried; 1 is a constant hazard, above 1 the hazard grows with age. */
    private static final double[] WEIBULL_SHAPES = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5};

    /** Penalty on every coefficient but the intercept, in units of the weighted normal matrix. */
    private static final double RIDGE = 1.0;

    private final String name;
    private final GlmDesign design;
    private final boolean negativeBinomial;
    private final boolean weibull;

    private GlmRateModel(String name, GlmDesign design, boolean negativeBinomial, boolean weibull) {
        this.name = name;
        this.design = design;
        this.negativeBinomial = negativeBinomial;
        this.weibull = weibull;
    }

    static GlmRateModel poisson() {
        return new GlmRateModel(
                "poisson-glm", new GlmDesign(GlmDesign.AgeTerms.DECADE_AND_AGE, GlmDesign.History.ALL), false, false);
    }

    /** With a material × install-era class and a prior-break × length interaction. */
    static GlmRateModel poissonWithInteractions() {
        return new GlmRateModel(
                "poisson-glm-interactions",
                new GlmDesign(GlmDesign.AgeTerms.DECADE_AND_AGE, GlmDesign.History.ALL, true),
                false,
                false);
    }

    static GlmRateModel negativeBinomial() {
        return new GlmRateModel(
                "negbin-glm", new GlmDesign(GlmDesign.AgeTerms.DECADE_AND_AGE, GlmDesign.History.ALL), true, false);
    }

    static GlmRateModel piecewiseHazards() {
        return new GlmRateModel(
                "cox-piecewise", new GlmDesign(GlmDesign.AgeTerms.AGE_BANDS, GlmDesign.History.ALL), false, false);
    }

    static GlmRateModel weibullHazards() {
        return new GlmRateModel(
                "weibull-ph", new GlmDesign(GlmDesign.AgeTerms.NONE, GlmDesign.History.ALL), false, true);
    }

    /** Pipe attributes only, no break history: the prior of the empirical-Bayes estimate. */
    static GlmRateModel attributesOnly() {
        return new GlmRateModel(
                "poisson-attributes",
                new GlmDesign(GlmDesign.AgeTerms.DECADE_AND_AGE, GlmDesign.History.NONE),
                false,
                false);
    }

    /** Pipe attributes and breaks near the pipe, not on it: the prior of the empirical-Bayes estimate with context. */
    static GlmRateModel attributesAndContext() {
        return new GlmRateModel(
                "poisson-context",
                new GlmDesign(GlmDesign.AgeTerms.DECADE_AND_AGE, GlmDesign.History.CONTEXT),
                false,
                false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        return fitted(data).expected();
    }

    /** A fit as of one date: expected breaks of the pipes in service, and per pipe the contribution of each feature. */
    record Fitted(double[] expected, double[][] contributions) {}

    /**
     * The fit with its explanation: each feature's contribution to a pipe's log rate is the sum over
     * its columns of coefficient × (the pipe's value - the mean over pipes in service), so a positive
     * contribution says the feature raises this pipe's rate above a typical pipe's.
     */
    Fitted fitted(FittingData data) {
        synchronized (fits) {
            return fits.computeIfAbsent(data, this::fit);
        }
    }

    private final java.util.Map<FittingData, Fitted> fits = new java.util.WeakHashMap<>();

    private Fitted fit(FittingData data) {
        int materials = GlmDesign.materials(data.trainingRows, data.rows);
        int width = design.width(materials);
        List<PipeSegment> training = data.windows.segments;
        double[] x = design.matrix(training, data.trainingRows, materials);
        double[] y = new double[training.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.windows.breaksNextYear.get(i);
        }
        double[] xNow = design.matrix(data.inService, data.rows, materials);
        CountRegression regression = new CountRegression(RIDGE, negativeBinomial);
        CountRegression.Fit best = null;
        double bestShape = 1;
        for (double shape : weibull ? WEIBULL_SHAPES : new double[] {1}) {
            CountRegression.Fit fit = regression.fit(x, width, y, offsets(training, data.trainingRows, shape));
            if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                best = fit;
                bestShape = shape;
            }
        }
        double[] offsetNow = offsets(data.inService, data.rows, bestShape);
        int pipes = data.inService.size();
        double[] expected = new double[pipes];
        for (int i = 0; i < pipes; i++) {
            expected[i] = Math.exp(Math.min(offsetNow[i] + best.linear(xNow, i, width), 5));
        }
        return new Fitted(
                expected, contributions(xNow, pipes, width, best.coefficients(), design.columnFeatures(materials)));
    }

    private static double[][] contributions(double[] x, int pipes, int width, double[] beta, RiskFeature[] features) {
        double[] means = new double[width];
        for (int i = 0; i < pipes; i++) {
            for (int j = 0; j < width; j++) {
                means[j] += x[i * width + j] / pipes;
            }
        }
        double[][] contributions = new double[pipes][RiskFeature.values().length];
        for (int i = 0; i < pipes; i++) {
            for (int j = 0; j < width; j++) {
                if (features[j] != null) {
                    contributions[i][features[j].ordinal()] += beta[j] * (x[i * width + j] - means[j]);
                }
            }
        }
        return contributions;
    }

    /** log(length in km), plus the Weibull cumulative hazard over the year ahead for the Weibull model. */
    private double[] offsets(List<PipeSegment> segments, double[] rows, double shape) {
        double[] offset = new double[segments.size()];
        double medianAge = weibull ? medianAge(rows) : 0;
        for (int i = 0; i < offset.length; i++) {
            offset[i] = Math.log(FittingData.km(segments.get(i)));
            if (weibull) {
                double age = FittingData.feature(rows, i, RiskFeature.AGE_YEARS);
                double a = Double.isNaN(age) ? medianAge : Math.max(age, 0);
                offset[i] += Math.log(Math.pow(a + 1, shape) - Math.pow(a, shape));
            }
        }
        return offset;
    }

    private static double medianAge(double[] rows) {
        double[] ages = java.util.stream.IntStream.range(0, rows.length / FeatureRows.WIDTH)
                .mapToDouble(i -> FittingData.feature(rows, i, RiskFeature.AGE_YEARS))
                .filter(a -> !Double.isNaN(a))
                .sorted()
                .toArray();
        return ages.length == 0 ? 40 : ages[ages.length / 2];
    }
}
