package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Empirical-Bayes shrinkage of each pipe's own break record toward a prior rate for pipes like it
 * (the gamma-Poisson estimate of road-safety and pipe-failure practice): with {@code n} breaks over
 * {@code T} observed years and a prior of {@code m} breaks a year, the estimate is
 * {@code (n + a) / (T + a / m)}. The shape {@code a} (how much pipes of one kind differ) is the
 * maximum-likelihood value of the negative-binomial marginal over the pipes in service. With a
 * decay time, older breaks and years weigh less (weight {@code exp(-age / decay)}).
 */
final class EmpiricalBayesRate implements RateModel {

    private static final double[] SHAPES = {0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20};

    private final String name;
    private final RateModel prior;
    private final double decayYears;

    /** {@code decayYears} infinite weighs every year of the record alike. */
    EmpiricalBayesRate(String name, RateModel prior, double decayYears) {
        this.name = name;
        this.prior = prior;
        this.decayYears = decayYears;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        double[] perYear = prior.expectedBreaks(data);
        int pipes = data.inService.size();
        double[] counts = new double[pipes];
        double[] years = new double[pipes];
        LocalDate recordStart = LocalDate.of(data.firstFullYear(), 1, 1);
        BreakIndex index = new BreakIndex(data.history);
        for (int i = 0; i < pipes; i++) {
            PipeSegment pipe = data.inService.get(i);
            LocalDate from =
                    pipe.installed() != null && pipe.installed().isAfter(recordStart) ? pipe.installed() : recordStart;
            years[i] = weightedYears(ChronoUnit.DAYS.between(from, data.asOf) / 365.25);
            for (LocalDate date : index.onAsset(pipe.assetId())) {
                if (!date.isBefore(from) && !date.isAfter(data.asOf)) {
                    counts[i] += weight(ChronoUnit.DAYS.between(date, data.asOf) / 365.25);
                }
            }
        }
        double shape = bestShape(counts, years, perYear);
        double[] expected = new double[pipes];
        for (int i = 0; i < pipes; i++) {
            double m = Math.max(perYear[i], 1e-9);
            expected[i] = (counts[i] + shape) / (years[i] + shape / m);
        }
        return expected;
    }

    private double weight(double ageYears) {
        return Double.isInfinite(decayYears) ? 1 : Math.exp(-ageYears / decayYears);
    }

    /** The weighted length of a span of {@code span} years ending now. */
    private double weightedYears(double span) {
        double years = Math.max(span, 0);
        return Double.isInfinite(decayYears) ? years : decayYears * (1 - Math.exp(-years / decayYears));
    }

    /** The gamma shape that makes the pipes' records most likely under the negative-binomial marginal. */
    private static double bestShape(double[] counts, double[] years, double[] perYear) {
        double best = SHAPES[0];
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double a : SHAPES) {
            double likelihood = 0;
            for (int i = 0; i < counts.length; i++) {
                double mean = Math.max(perYear[i], 1e-9) * years[i];
                if (mean <= 0) {
                    continue;
                }
                double n = counts[i];
                likelihood +=
                        logGamma(n + a) - logGamma(a) + a * Math.log(a / (a + mean)) + n * Math.log(mean / (a + mean));
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = a;
            }
        }
        return best;
    }

    private static double logGamma(double x) {
        return org.apache.commons.math3.special.Gamma.logGamma(x);
    }
}
