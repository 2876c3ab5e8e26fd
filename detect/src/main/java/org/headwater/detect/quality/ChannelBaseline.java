package org.headwater.detect.quality;

import java.time.Duration;
import java.time.Instant;

/** The running state of one channel: its level, its normal spread and why it may not vote right now. */
final class ChannelBaseline {

    private final double precision;
    private final ShiftDetectorSettings settings;
    private final long gapSeconds;
    private double level = Double.NaN;
    private double spread;
    private double lastValue = Double.NaN;
    private Instant lastSeen = Instant.MIN;
    private int warmUpLeft;
    private int deviatingRun;
    private int unchangedRun;

    ChannelBaseline(double precision, ShiftDetectorSettings settings) {
        this.precision = precision;
        this.settings = settings;
        this.gapSeconds = settings.gap().toSeconds();
        this.spread = precision;
    }

    /**
     * The residual of {@code value} in scales, 0 while the channel cannot judge (warm-up, stuck), and
     * updates the state. A deviating value does not move the level, so a lasting event stays visible.
     */
    double observe(double value, Instant time, double threshold) {
        if (Double.isNaN(level) || Duration.between(lastSeen, time).toSeconds() > gapSeconds) {
            restart(value);
        }
        lastSeen = time;
        unchangedRun = value == lastValue ? unchangedRun + 1 : 0;
        lastValue = value;
        if (warmUpLeft > 0) {
            warmUpLeft--;
            follow(value);
            return 0;
        }
        double score = Math.abs(value - level) / Math.max(spread, precision);
        if (unchangedRun >= settings.flatLineSteps()) {
            // a stuck sensor says nothing about the water; track it so it restarts cleanly when it moves
            level = value;
            return 0;
        }
        if (score > threshold) {
            if (++deviatingRun >= settings.eventTimeoutSteps()) {
                // the shift has lasted longer than any event: a calibration step or new normal, so accept it
                restart(value);
            }
            return score;
        }
        deviatingRun = 0;
        spread += settings.spreadSmoothing() * (Math.abs(value - level) - spread);
        follow(value);
        return score;
    }

    /** The change since the previous value in scales, for operational channels (flow steps). */
    double stepChange(double value, Instant time) {
        double previous = lastValue;
        boolean fresh =
                Double.isNaN(previous) || Duration.between(lastSeen, time).toSeconds() > gapSeconds;
        lastSeen = time;
        lastValue = value;
        if (fresh) {
            level = value;
            return 0;
        }
        double change = Math.abs(value - previous);
        double score = change / Math.max(spread, precision);
        spread += settings.spreadSmoothing() * (Math.min(change, 4 * spread) - spread);
        return score;
    }

    private void restart(double value) {
        level = value;
        spread = Math.max(spread, precision);
        warmUpLeft = settings.warmUpSteps();
        deviatingRun = 0;
    }

    private void follow(double value) {
        level += settings.levelSmoothing() * (value - level);
    }
}
