package org.headwater.analytics.demand;

import java.util.Arrays;

/** Median and median absolute deviation over values that may contain {@code NaN} gaps. */
final class RobustStatistics {

    /** Scales a MAD to the standard deviation of normally distributed data. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStatistics() {}

    static double median(double[] values) {
        double[] present =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return Double.NaN;
        }
        int middle = present.length / 2;
        return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }

    static double medianAbsoluteDeviation(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
