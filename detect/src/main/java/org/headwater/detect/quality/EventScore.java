package org.headwater.detect.quality;

import java.util.Locale;

/**
 * Per-sample scoring of the EVENT class, as the GECCO challenges score: precision, recall and F1 of
 * the samples labelled {@code true}.
 */
public record EventScore(long truePositives, long falsePositives, long falseNegatives) {

    public static EventScore of(boolean[] truth, boolean[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] && truth[i]) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (truth[i]) {
                fn++;
            }
        }
        return new EventScore(tp, fp, fn);
    }

    public EventScore plus(EventScore other) {
        return new EventScore(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "precision %.4f recall %.4f F1 %.4f (TP %d, FP %d, FN %d)",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives);
    }
}
