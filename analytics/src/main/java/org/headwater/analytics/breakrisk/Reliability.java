package org.headwater.analytics.breakrisk;

import java.util.ArrayList;
import java.util.List;

/**
 * How well stated probabilities match what happened: the Brier score (mean squared difference
 * between probability and outcome) and a reliability table, probabilities in bins with the mean
 * stated probability and the observed share of pipes that broke in each.
 */
public final class Reliability {

    /** Bin edges: most pipes have a probability well under 1 %, so the low end is finely cut. */
    static final double[] EDGES = {0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0000001};

    /** One bin: pipe-years in it, the mean stated probability, the observed share that broke. */
    public record Bin(double from, double to, long pipes, double meanProbability, double observed) {}

    private final long[] count = new long[EDGES.length - 1];
    private final double[] probabilitySum = new double[EDGES.length - 1];
    private final double[] brokeSum = new double[EDGES.length - 1];
    private double squaredError;
    private long total;

    /** Adds stated probabilities and outcomes. */
    public void add(double[] probability, boolean[] broke) {
        for (int i = 0; i < probability.length; i++) {
            double p = probability[i];
            double outcome = broke[i] ? 1 : 0;
            squaredError += (p - outcome) * (p - outcome);
            total++;
            int bin = 0;
            while (bin < count.length - 1 && p >= EDGES[bin + 1]) {
                bin++;
            }
            count[bin]++;
            probabilitySum[bin] += p;
            brokeSum[bin] += outcome;
        }
    }

    public double brier() {
        return total == 0 ? Double.NaN : squaredError / total;
    }

    public long total() {
        return total;
    }

    public List<Bin> bins() {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                bins.add(new Bin(
                        EDGES[b],
                        Math.min(EDGES[b + 1], 1),
                        count[b],
                        probabilitySum[b] / count[b],
                        brokeSum[b] / count[b]));
            }
        }
        return bins;
    }

    /** The Brier score of probabilities against outcomes. */
    static double brier(double[] probability, boolean[] broke) {
        Reliability reliability = new Reliability();
        reliability.add(probability, broke);
        return reliability.brier();
    }
}
