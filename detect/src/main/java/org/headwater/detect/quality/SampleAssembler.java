package org.headwater.detect.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one station's readings, arriving per channel and possibly out of order, into samples on a
 * regular step in event time. A reading belongs to the step its time falls in (the sample is stamped
 * with the step's start); a later reading in the same step replaces an earlier one. A step is complete
 * once a reading at least {@code lateness} past the step's end has arrived from any channel; complete
 * steps come out in time order with {@code NaN} for channels that sent nothing. A reading for a step
 * already handed out is too late and is counted, not applied: the detector never looks back.
 */
public final class SampleAssembler {

    private final int channelCount;
    private final long stepSeconds;
    private final Duration lateness;
    private final TreeMap<Instant, double[]> pending = new TreeMap<>();
    private Instant watermark = Instant.MIN;
    private Instant emittedUpTo = Instant.MIN;
    private long tooLate;

    public SampleAssembler(int channelCount, Duration step, Duration lateness) {
        if (channelCount < 1) {
            throw new IllegalArgumentException("channelCount must be >= 1, was " + channelCount);
        }
        if (step == null || step.toSeconds() < 1) {
            throw new IllegalArgumentException("step must be at least one second, was " + step);
        }
        if (lateness == null || lateness.isNegative()) {
            throw new IllegalArgumentException("lateness must not be negative, was " + lateness);
        }
        this.channelCount = channelCount;
        this.stepSeconds = step.toSeconds();
        this.lateness = lateness;
    }

    /**
     * Adds one value; returns {@code false} (and counts it) when its step was already handed out.
     *
     * @throws IllegalArgumentException if {@code channel} is out of range
     */
    public boolean add(int channel, Instant time, double value) {
        if (channel < 0 || channel >= channelCount) {
            throw new IllegalArgumentException("channel must be in [0, " + channelCount + "), was " + channel);
        }
        Instant step = stepOf(time);
        if (!step.isAfter(emittedUpTo)) {
            tooLate++;
            return false;
        }
        pending.computeIfAbsent(step, s -> emptyValues())[channel] = value;
        if (time.isAfter(watermark)) {
            watermark = time;
        }
        return true;
    }

    /** The complete samples not handed out before, in time order. */
    public List<StationSample> completeSamples() {
        List<StationSample> complete = new ArrayList<>();
        while (!pending.isEmpty()) {
            Map.Entry<Instant, double[]> first = pending.firstEntry();
            Instant stepEnd = first.getKey().plusSeconds(stepSeconds);
            if (watermark.isBefore(stepEnd.plus(lateness))) {
                break;
            }
            pending.pollFirstEntry();
            emittedUpTo = first.getKey();
            complete.add(new StationSample(first.getKey(), first.getValue()));
        }
        return complete;
    }

    /** How many readings arrived after their step had been handed out. */
    public long tooLate() {
        return tooLate;
    }

    private Instant stepOf(Instant time) {
        return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), stepSeconds) * stepSeconds);
    }

    private double[] emptyValues() {
        double[] values = new double[channelCount];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
