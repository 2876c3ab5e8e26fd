package org.headwater.detect.quality;

import java.time.Duration;

/**
 * Parameters of {@link ResidualShiftDetector}. Step counts are in samples of the station.
 *
 * @param outlierThreshold a channel deviates when its residual exceeds this many scales (the scale is
 *     the channel's recent mean absolute residual, never less than its precision)
 * @param levelSmoothing weight of a new normal value in the channel's level (exponential smoothing)
 * @param spreadSmoothing weight of a new normal residual in the channel's scale
 * @param minDeviatingChannels how many quality channels must deviate at once for a station outlier
 * @param singleChannelFactor one channel alone makes a station outlier when its residual exceeds
 *     {@code outlierThreshold * singleChannelFactor}
 * @param bedWindow steps counted by the binomial event discriminator
 * @param bedOutlierProbability the discriminator's binomial probability
 * @param eventThreshold the event probability at which an event is declared
 * @param eventTimeoutSteps after this many consecutive deviating steps a channel accepts its new level
 *     (a calibration step or a lasting change of source water), like CANARY's event timeout
 * @param gap a channel silent for longer than this restarts from its next value instead of comparing
 *     it with the level from before the gap
 * @param warmUpSteps steps after a (re)start during which a channel learns its level and cannot deviate
 * @param flatLineSteps a channel whose value has not changed for this many steps is treated as stuck
 *     and cannot deviate until it moves again
 * @param operationalChangeThreshold an operational channel (flow) changed when it moved by more than
 *     this many of its scales within one step
 * @param operationalWidening quality thresholds are multiplied by this for {@code bedWindow} steps
 *     after an operational change, because a flow or pump change explains a shift
 */
public record ShiftDetectorSettings(
        double outlierThreshold,
        double levelSmoothing,
        double spreadSmoothing,
        int minDeviatingChannels,
        double singleChannelFactor,
        int bedWindow,
        double bedOutlierProbability,
        double eventThreshold,
        int eventTimeoutSteps,
        Duration gap,
        int warmUpSteps,
        int flatLineSteps,
        double operationalChangeThreshold,
        double operationalWidening) {

    public ShiftDetectorSettings {
        requirePositive("outlierThreshold", outlierThreshold);
        requireFraction("levelSmoothing", levelSmoothing);
        requireFraction("spreadSmoothing", spreadSmoothing);
        if (minDeviatingChannels < 1) {
            throw new IllegalArgumentException("minDeviatingChannels must be >= 1, was " + minDeviatingChannels);
        }
        if (!(singleChannelFactor >= 1)) {
            throw new IllegalArgumentException("singleChannelFactor must be >= 1, was " + singleChannelFactor);
        }
        if (!(eventThreshold > 0 && eventThreshold <= 1)) {
            throw new IllegalArgumentException("eventThreshold must be in (0, 1], was " + eventThreshold);
        }
        if (eventTimeoutSteps < 1 || warmUpSteps < 0 || flatLineSteps < 2) {
            throw new IllegalArgumentException(
                    "eventTimeoutSteps >= 1, warmUpSteps >= 0 and flatLineSteps >= 2 required, were "
                            + eventTimeoutSteps + ", " + warmUpSteps + ", " + flatLineSteps);
        }
        if (gap == null || gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("gap must be a positive duration, was " + gap);
        }
        requirePositive("operationalChangeThreshold", operationalChangeThreshold);
        if (!(operationalWidening >= 1)) {
            throw new IllegalArgumentException("operationalWidening must be >= 1, was " + operationalWidening);
        }
    }

    /** Robust defaults for 1-minute data; {@link ShiftDetectorTuner} refines the thresholds on training data. */
    public static ShiftDetectorSettings defaults() {
        return new ShiftDetectorSettings(
                6.0, 0.05, 0.01, 1, 1.0, 3, 0.5, 0.85, 300, Duration.ofMinutes(30), 10, 240, 8.0, 1.5);
    }

    /**
     * What {@link ShiftDetectorTuner} chose on both development splits (outlier threshold 6, event
     * timeout 120 steps, discriminator window 1): the settings the live stations run with, since a
     * utility's own stations have no labelled events to tune on.
     */
    public static ShiftDetectorSettings tunedOnGecco() {
        ShiftDetectorSettings base = defaults();
        return base.withOutlierThreshold(6)
                .withTimeouts(120, base.gap(), base.warmUpSteps(), base.flatLineSteps())
                .withBed(1, 0.5, 0.6);
    }

    public ShiftDetectorSettings withOutlierThreshold(double value) {
        return new ShiftDetectorSettings(
                value,
                levelSmoothing,
                spreadSmoothing,
                minDeviatingChannels,
                singleChannelFactor,
                bedWindow,
                bedOutlierProbability,
                eventThreshold,
                eventTimeoutSteps,
                gap,
                warmUpSteps,
                flatLineSteps,
                operationalChangeThreshold,
                operationalWidening);
    }

    public ShiftDetectorSettings withBed(int window, double probability, double threshold) {
        return new ShiftDetectorSettings(
                outlierThreshold,
                levelSmoothing,
                spreadSmoothing,
                minDeviatingChannels,
                singleChannelFactor,
                window,
                probability,
                threshold,
                eventTimeoutSteps,
                gap,
                warmUpSteps,
                flatLineSteps,
                operationalChangeThreshold,
                operationalWidening);
    }

    public ShiftDetectorSettings withVoting(int minChannels, double singleFactor) {
        return new ShiftDetectorSettings(
                outlierThreshold,
                levelSmoothing,
                spreadSmoothing,
                minChannels,
                singleFactor,
                bedWindow,
                bedOutlierProbability,
                eventThreshold,
                eventTimeoutSteps,
                gap,
                warmUpSteps,
                flatLineSteps,
                operationalChangeThreshold,
                operationalWidening);
    }

    public ShiftDetectorSettings withSmoothing(double level, double spread) {
        return new ShiftDetectorSettings(
                outlierThreshold,
                level,
                spread,
                minDeviatingChannels,
                singleChannelFactor,
                bedWindow,
                bedOutlierProbability,
                eventThreshold,
                eventTimeoutSteps,
                gap,
                warmUpSteps,
                flatLineSteps,
                operationalChangeThreshold,
                operationalWidening);
    }

    public ShiftDetectorSettings withTimeouts(int eventTimeout, Duration newGap, int warmUp, int flatLine) {
        return new ShiftDetectorSettings(
                outlierThreshold,
                levelSmoothing,
                spreadSmoothing,
                minDeviatingChannels,
                singleChannelFactor,
                bedWindow,
                bedOutlierProbability,
                eventThreshold,
                eventTimeout,
                newGap,
                warmUp,
                flatLine,
                operationalChangeThreshold,
                operationalWidening);
    }

    public ShiftDetectorSettings withOperational(double changeThreshold, double widening) {
        return new ShiftDetectorSettings(
                outlierThreshold,
                levelSmoothing,
                spreadSmoothing,
                minDeviatingChannels,
                singleChannelFactor,
                bedWindow,
                bedOutlierProbability,
                eventThreshold,
                eventTimeoutSteps,
                gap,
                warmUpSteps,
                flatLineSteps,
                changeThreshold,
                widening);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, was " + value);
        }
    }

    private static void requireFraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1], was " + value);
        }
    }
}
