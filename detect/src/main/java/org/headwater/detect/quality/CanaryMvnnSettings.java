package org.headwater.detect.quality;

/**
 * Parameters of {@link CanaryMvnnDetector}, named as in a CANARY-EDS {@code MVNN_BED} workflow.
 *
 * @param historyWindow steps of normal history the nearest neighbour is searched in
 * @param outlierThreshold the nearest-neighbour distance, in standard deviations, that makes an outlier
 * @param eventThreshold the binomial probability at which an event is declared
 * @param eventTimeoutSteps after this many event steps the history is refilled with the latest values
 * @param bedWindow the binomial event discriminator's window
 * @param bedOutlierProbability the discriminator's binomial probability
 */
public record CanaryMvnnSettings(
        int historyWindow,
        double outlierThreshold,
        double eventThreshold,
        int eventTimeoutSteps,
        int bedWindow,
        double bedOutlierProbability) {

    public CanaryMvnnSettings {
        if (historyWindow < 2 || eventTimeoutSteps < 1 || bedWindow < 1) {
            throw new IllegalArgumentException(
                    "historyWindow >= 2, eventTimeoutSteps >= 1 and bedWindow >= 1 required, were " + historyWindow
                            + ", " + eventTimeoutSteps + ", " + bedWindow);
        }
        if (!(outlierThreshold > 0) || !(eventThreshold > 0 && eventThreshold <= 1)) {
            throw new IllegalArgumentException("outlierThreshold > 0 and eventThreshold in (0, 1] required, were "
                    + outlierThreshold + ", " + eventThreshold);
        }
    }

    /** CANARY's example configuration ({@code v5config.yml}: MVNN, 144 steps, 0.8, 0.85, timeout 12, BED 6 at 0.5). */
    public static CanaryMvnnSettings example() {
        return new CanaryMvnnSettings(144, 0.8, 0.85, 12, 6, 0.5);
    }

    public CanaryMvnnSettings withHistoryWindow(int steps) {
        return new CanaryMvnnSettings(
                steps, outlierThreshold, eventThreshold, eventTimeoutSteps, bedWindow, bedOutlierProbability);
    }

    public CanaryMvnnSettings withOutlierThreshold(double threshold) {
        return new CanaryMvnnSettings(
                historyWindow, threshold, eventThreshold, eventTimeoutSteps, bedWindow, bedOutlierProbability);
    }
}
