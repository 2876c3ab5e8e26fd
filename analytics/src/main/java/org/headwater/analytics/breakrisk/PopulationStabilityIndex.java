package org.headwater.analytics.breakrisk;

import java.util.Arrays;

/**
 * Population stability index between a reference sample (the training features or scores) and a
 * current one: sum over reference-decile bins of (current share - reference share) x ln(current /
 * reference). Common reading: below 0.1 stable, 0.1-0.25 some shift, above 0.25 a shift to act on.
 */
public final class PopulationStabilityIndex {

    /** Threshold above which a feature or score distribution is reported as drifted. */
    public static final double DRIFT_THRESHOLD = 0.25;

    private static final int BINS = 10;
    // keeps empty bins from making the logarithm infinite
    private static final double FLOOR_SHARE = 1e-4;

    private PopulationStabilityIndex() {}

    /** The index over bins cut at the reference sample's deciles; NaN values are one more bin. */
    public static double of(double[] reference, double[] current) {
        if (reference.length == 0 || current.length == 0) {
            throw new IllegalArgumentException(
                    "both samples need values: reference has " + reference.length + ", current has " + current.length);
        }
        double[] edges = decileEdges(reference);
        // Without a bin below the reference's minimum, a constant reference has one cut at its value
        // and a current sample wholly below it lands in the same bin: index 0 for a total shift.
        double minimum =
                Arrays.stream(reference).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        double[] referenceShares = shares(reference, edges, minimum);
        double[] currentShares = shares(current, edges, minimum);
        double index = 0;
        for (int bin = 0; bin < referenceShares.length; bin++) {
            double expected = Math.max(referenceShares[bin], FLOOR_SHARE);
            double actual = Math.max(currentShares[bin], FLOOR_SHARE);
            index += (actual - expected) * Math.log(actual / expected);
        }
        return index;
    }

    private static double[] decileEdges(double[] reference) {
        double[] sorted =
                Arrays.stream(reference).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new double[0];
        }
        // distinct cut points only: a feature with few values (counts, flags) gets fewer bins
        return java.util.stream.IntStream.range(1, BINS)
                .mapToDouble(decile -> sorted[Math.min(sorted.length - 1, decile * sorted.length / BINS)])
                .distinct()
                .toArray();
    }

    private static double[] shares(double[] sample, double[] edges, double referenceMinimum) {
        // one bin below the reference's minimum, the value bins, one for NaN
        double[] counts = new double[edges.length + 3];
        for (double value : sample) {
            int bin = Double.isNaN(value) ? counts.length - 1 : value < referenceMinimum ? 0 : 1 + binOf(value, edges);
            counts[bin]++;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= sample.length;
        }
        return counts;
    }

    private static int binOf(double value, double[] edges) {
        int bin = 0;
        while (bin < edges.length && value > edges[bin]) {
            bin++;
        }
        return bin;
    }
}
