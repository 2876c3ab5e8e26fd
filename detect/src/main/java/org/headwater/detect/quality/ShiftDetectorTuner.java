package org.headwater.detect.quality;

import java.util.List;
import java.util.function.Function;

/**
 * Fits {@link ResidualShiftDetector} on labelled training series only: channel precisions from the
 * normal minute-to-minute changes, then a small grid of outlier thresholds, event timeouts and
 * discriminator windows, keeping the setting with the best pooled F1 on the training series. The grid
 * is deliberately coarse: settings that must carry over to a later period should not be fine-tuned.
 */
public final class ShiftDetectorTuner {

    /** Quantile of normal minute-to-minute changes taken as a channel's precision. */
    public static final double PRECISION_QUANTILE = 0.999;

    private static final double[] OUTLIER_THRESHOLDS = {4, 5, 6, 7, 8};
    // labelled events last up to ~4 h; a shorter timeout would cut long events short
    private static final int[] EVENT_TIMEOUTS = {120, 240};
    private static final int[] BED_WINDOWS = {1, 3};

    /** A fitted detector configuration and its score on the training series. */
    public record Fit(List<Channel> channels, ShiftDetectorSettings settings, EventScore trainingScore) {

        public ResidualShiftDetector newDetector() {
            return new ResidualShiftDetector(channels, settings);
        }
    }

    private ShiftDetectorTuner() {}

    public static Fit fit(List<LabelledSeries> training) {
        List<Channel> channels = ChannelPrecisionFit.fit(training, PRECISION_QUANTILE);
        List<LabelledSeries> fitted =
                training.stream().map(s -> s.withChannels(channels)).toList();
        ShiftDetectorSettings base = ShiftDetectorSettings.defaults();
        Fit best = null;
        for (double threshold : OUTLIER_THRESHOLDS) {
            for (int timeout : EVENT_TIMEOUTS) {
                for (int window : BED_WINDOWS) {
                    ShiftDetectorSettings candidate = base.withOutlierThreshold(threshold)
                            .withTimeouts(timeout, base.gap(), base.warmUpSteps(), base.flatLineSteps())
                            // window 1 means "event while outlying"; wider windows need most recent steps outlying
                            .withBed(window, 0.5, window == 1 ? 0.6 : 0.85);
                    EventScore score = SeriesReplay.score(() -> new ResidualShiftDetector(channels, candidate), fitted);
                    if (best == null || score.f1() > best.trainingScore().f1()) {
                        best = new Fit(channels, candidate, score);
                    }
                }
            }
        }
        return best;
    }

    /** CANARY tuned the same way: its outlier threshold chosen on the training series, other settings as CANARY's example with a 2-day window. */
    public static CanaryFit fitCanary(
            List<LabelledSeries> training, int historyWindowSteps, Function<String, Void> progress) {
        List<Channel> channels = training.getFirst().channels();
        CanaryFit best = null;
        for (double threshold : new double[] {0.8, 1.2, 1.6, 2.4, 3.2}) {
            CanaryMvnnSettings candidate = CanaryMvnnSettings.example()
                    .withHistoryWindow(historyWindowSteps)
                    .withOutlierThreshold(threshold);
            EventScore score = SeriesReplay.score(() -> new CanaryMvnnDetector(channels, candidate), training);
            progress.apply("CANARY outlier threshold " + threshold + " on training: " + score);
            if (best == null || score.f1() > best.trainingScore().f1()) {
                best = new CanaryFit(channels, candidate, score);
            }
        }
        return best;
    }

    /** A fitted CANARY reference configuration and its training score. */
    public record CanaryFit(List<Channel> channels, CanaryMvnnSettings settings, EventScore trainingScore) {

        public CanaryMvnnDetector newDetector() {
            return new CanaryMvnnDetector(channels, settings);
        }
    }
}
