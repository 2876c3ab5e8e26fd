package org.headwater.analytics.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Values on a regular hourly grid in UTC, starting at {@code start}; a missing hour is {@code NaN}.
 * The array is copied on the way in and out, so a series never changes.
 */
public final class HourlySeries {

    private final Instant start;
    private final double[] values;

    public HourlySeries(Instant start, double[] values) {
        if (start.getEpochSecond() % 3600 != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("start must be on a whole UTC hour: " + start);
        }
        this.start = start;
        this.values = values.clone();
    }

    public Instant start() {
        return start;
    }

    /** The first hour after the series. */
    public Instant end() {
        return start.plus(Duration.ofHours(values.length));
    }

    public int size() {
        return values.length;
    }

    public double[] values() {
        return values.clone();
    }

    /** Position of {@code hour} on the grid; may lie outside {@code [0, size)}. */
    public long indexOf(Instant hour) {
        return Math.floorDiv(hour.getEpochSecond() - start.getEpochSecond(), 3600L);
    }

    /** The value at {@code hour}, or {@code NaN} when the hour is outside the series or missing. */
    public double at(Instant hour) {
        long index = indexOf(hour);
        return index >= 0 && index < values.length ? values[(int) index] : Double.NaN;
    }

    /** The value at grid position {@code index}, or {@code NaN} outside the series. */
    public double atIndex(long index) {
        return index >= 0 && index < values.length ? values[(int) index] : Double.NaN;
    }

    /** Only the hours strictly before {@code cutoff}: what a forecaster standing at {@code cutoff} may see. */
    public HourlySeries before(Instant cutoff) {
        long keep = Math.max(0, Math.min(values.length, indexOf(cutoff)));
        return new HourlySeries(start, Arrays.copyOf(values, (int) keep));
    }

    /** The {@code hours} values from {@code from} on, {@code NaN} where the series has none. */
    public double[] window(Instant from, int hours) {
        long first = indexOf(from);
        double[] window = new double[hours];
        for (int i = 0; i < hours; i++) {
            window[i] = atIndex(first + i);
        }
        return window;
    }
}
