package org.headwater.detect.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits each channel's precision from training data: a high quantile of its minute-to-minute change
 * outside labelled events, never below the precision it already has (the sensor's resolution). A
 * noisy turbidity sensor so gets a wide scale and a quiet pH sensor a narrow one.
 */
public final class ChannelPrecisionFit {

    private ChannelPrecisionFit() {}

    public static List<Channel> fit(List<LabelledSeries> training, double quantile) {
        if (training.isEmpty()) {
            throw new IllegalArgumentException("precision fit needs at least one training series");
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
        }
        List<Channel> channels = training.getFirst().channels();
        List<Channel> fitted = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            double[] changes = normalChanges(training, c);
            double resolution = channels.get(c).precision();
            double fittedPrecision =
                    changes.length == 0 ? resolution : Math.max(resolution, quantileOf(changes, quantile));
            fitted.add(channels.get(c).withPrecision(fittedPrecision));
        }
        return fitted;
    }

    private static double[] normalChanges(List<LabelledSeries> training, int channel) {
        int total = training.stream().mapToInt(LabelledSeries::size).sum();
        double[] changes = new double[total];
        int count = 0;
        for (LabelledSeries series : training) {
            boolean[] labels = series.requireLabels();
            double previous = Double.NaN;
            for (int i = 0; i < series.size(); i++) {
                double value = series.samples().get(i).values()[channel];
                if (!labels[i] && !Double.isNaN(value) && !Double.isNaN(previous)) {
                    changes[count++] = Math.abs(value - previous);
                }
                previous = labels[i] ? Double.NaN : value;
            }
        }
        return Arrays.copyOf(changes, count);
    }

    private static double quantileOf(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }
}
