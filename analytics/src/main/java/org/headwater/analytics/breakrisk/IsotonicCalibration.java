package org.headwater.analytics.breakrisk;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Isotonic regression (pool adjacent violators) from a model's score to the observed frequency of
 * a break within the year, fitted on earlier years' scores and outcomes; between block means the
 * map is linear, so distinct scores keep their order.
 */
final class IsotonicCalibration {

    private final double[] scores;
    private final double[] probabilities;

    private IsotonicCalibration(double[] scores, double[] probabilities) {
        this.scores = scores;
        this.probabilities = probabilities;
    }

    /** Fits on pairs of score and outcome (true: at least one break in the year). */
    static IsotonicCalibration fit(double[] score, boolean[] outcome) {
        if (score.length == 0) {
            throw new IllegalArgumentException("isotonic calibration needs at least one scored example");
        }
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double[] blockSum = new double[score.length];
        double[] blockScore = new double[score.length];
        double[] blockWeight = new double[score.length];
        int blocks = 0;
        for (int i : order) {
            blockSum[blocks] = outcome[i] ? 1 : 0;
            blockScore[blocks] = score[i];
            blockWeight[blocks] = 1;
            blocks++;
            while (blocks > 1
                    && blockSum[blocks - 2] / blockWeight[blocks - 2]
                            >= blockSum[blocks - 1] / blockWeight[blocks - 1]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockScore[blocks - 2] += blockScore[blocks - 1];
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blocks--;
            }
        }
        double[] x = new double[blocks];
        double[] y = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            x[b] = blockScore[b] / blockWeight[b];
            y[b] = blockSum[b] / blockWeight[b];
        }
        return new IsotonicCalibration(x, y);
    }

    /** The calibrated probability of a score: linear between the fitted blocks, flat beyond them. */
    double probability(double score) {
        int at = Arrays.binarySearch(scores, score);
        if (at >= 0) {
            return probabilities[at];
        }
        int above = -at - 1;
        if (above == 0) {
            return probabilities[0];
        }
        if (above == scores.length) {
            return probabilities[scores.length - 1];
        }
        double t = (score - scores[above - 1]) / (scores[above] - scores[above - 1]);
        return probabilities[above - 1] + t * (probabilities[above] - probabilities[above - 1]);
    }
}
