package org.headwater.hydraulics.leakdb;

import java.util.Random;

/**
 * One junction's demand multipliers for a LeakDB year, built the way LeakDB's generator builds
 * them: (yearly Fourier series + 1) × (weekly Fourier series × variation + 1) × (noise + 1), each
 * Fourier coefficient randomised by ±10 %, variation ~ 0.75 + N(0, 0.07), noise ~ N(0, 0.05) per
 * step. LeakDB fitted its coefficients to measured demand (files not in the data set); these are
 * ours: a residential day (night trough about 0.45 of the mean, morning and evening peaks), a
 * lighter weekend, and a summer peak 12 % above the yearly mean.
 */
public final class DemandGenerator {

    static final int STEPS_PER_DAY = 48;
    static final int STEPS_PER_WEEK = 7 * STEPS_PER_DAY;

    // weekly series: {harmonic of the week, cos coefficient, sin coefficient}; harmonic 7 is daily
    private static final double[][] WEEK = {{1, 0.04, 0.0}, {7, -0.30, -0.22}, {14, -0.12, 0.10}, {21, 0.06, -0.04}};
    // yearly series: harmonic 1 of the year, peaking at mid-year
    private static final double[][] YEAR = {{1, -0.12, 0.02}};
    private static final double COEFFICIENT_SPREAD = 0.10;
    private static final double NOISE = 0.05;

    private DemandGenerator() {}

    /** Multipliers for {@code steps} 30-minute steps from 1 January 00:00. */
    public static double[] multipliers(Random random, int steps) {
        double[][] week = randomised(random, WEEK);
        double[][] year = randomised(random, YEAR);
        double variation = 0.75 + random.nextGaussian() * 0.07;
        int stepsPerYear = 365 * STEPS_PER_DAY;
        double[] m = new double[steps];
        for (int k = 0; k < steps; k++) {
            double w = fourier(week, k, STEPS_PER_WEEK);
            double y = fourier(year, k, stepsPerYear);
            m[k] = (y + 1) * (w * variation + 1) * (random.nextGaussian() * NOISE + 1);
        }
        return m;
    }

    private static double[][] randomised(Random random, double[][] terms) {
        double[][] r = new double[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            r[i] = new double[] {terms[i][0], spread(random, terms[i][1]), spread(random, terms[i][2])};
        }
        return r;
    }

    private static double spread(Random random, double c) {
        return c * (1 - COEFFICIENT_SPREAD + 2 * COEFFICIENT_SPREAD * random.nextDouble());
    }

    private static double fourier(double[][] terms, int k, int period) {
        double sum = 0;
        for (double[] t : terms) {
            double a = 2 * Math.PI * t[0] * k / period;
            sum += t[1] * Math.cos(a) + t[2] * Math.sin(a);
        }
        return sum;
    }
}
