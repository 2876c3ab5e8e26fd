package org.headwater.detect.ami;

import java.util.Arrays;
import org.headwater.telemetry.MeterEvent;
import org.jspecify.annotations.Nullable;

/**
 * One meter's inputs waiting to be detected, kept sorted by event time and then by kind in parallel
 * primitive arrays (appending in time order, the usual case, is a store; an older input is inserted).
 * At equal time a meter replacement comes first, then alarms, then register, volume and pressure, so
 * the order never depends on arrival. An exact duplicate keeps the larger value, again independent of arrival.
 */
final class PendingInputs {

    static final byte REPLACEMENT = 0;
    static final byte ALARM = 1;
    static final byte REGISTER = 2;
    static final byte VOLUME = 3;
    static final byte PRESSURE = 4;

    private static final int INITIAL_CAPACITY = 8;
    // A replay of a meter's stored history grows its arrays to the history's size; once detected, keeping
    // them would hold that memory for every meter ever replayed (a meter with a late alarm, hundreds an hour).
    private static final int KEPT_CAPACITY = 256;

    long[] times = new long[INITIAL_CAPACITY];
    byte[] kinds = new byte[INITIAL_CAPACITY];
    double[] values = new double[INITIAL_CAPACITY];

    @Nullable
    MeterEvent[] events = new MeterEvent[INITIAL_CAPACITY];

    int size;
    /** Inputs that carry an event object, so clearing can be skipped when there are none. */
    private int alarms;

    void add(long time, byte kind, double value, @Nullable MeterEvent event) {
        int at = size;
        while (at > 0 && compare(time, kind, value, at - 1) < 0) {
            at--;
        }
        if (at > 0 && compare(time, kind, value, at - 1) == 0) {
            values[at - 1] = Math.max(values[at - 1], value);
            return;
        }
        if (size == times.length) {
            grow();
        }
        if (at < size) {
            System.arraycopy(times, at, times, at + 1, size - at);
            System.arraycopy(kinds, at, kinds, at + 1, size - at);
            System.arraycopy(values, at, values, at + 1, size - at);
            System.arraycopy(events, at, events, at + 1, size - at);
        }
        times[at] = time;
        kinds[at] = kind;
        values[at] = value;
        events[at] = event;
        size++;
        if (event != null) {
            alarms++;
        }
    }

    private int compare(long time, byte kind, double value, int i) {
        int c = Long.compare(time, times[i]);
        if (c != 0) {
            return c;
        }
        c = Byte.compare(kind, kinds[i]);
        // Alarms differ by code (the value); readings of one kind at one time are the same reading.
        return c != 0 || kind > ALARM ? c : Double.compare(value, values[i]);
    }

    /** Drops the first {@code n} inputs (they were detected). */
    void removeFirst(int n) {
        if (n == 0) {
            return;
        }
        if (n == size) { // the usual case: everything detected
            if (times.length > KEPT_CAPACITY) {
                release();
                return;
            }
            if (alarms > 0) {
                Arrays.fill(events, 0, size, null);
                alarms = 0;
            }
            size = 0;
            return;
        }
        for (int i = 0; i < n; i++) {
            if (events[i] != null) {
                alarms--;
            }
        }
        int rest = size - n;
        System.arraycopy(times, n, times, 0, rest);
        System.arraycopy(kinds, n, kinds, 0, rest);
        System.arraycopy(values, n, values, 0, rest);
        System.arraycopy(events, n, events, 0, rest);
        Arrays.fill(events, rest, size, null);
        size = rest;
    }

    /** Empty again, with the arrays of a new meter. */
    private void release() {
        times = new long[INITIAL_CAPACITY];
        kinds = new byte[INITIAL_CAPACITY];
        values = new double[INITIAL_CAPACITY];
        events = new MeterEvent[INITIAL_CAPACITY];
        size = 0;
        alarms = 0;
    }

    /** How many inputs the arrays hold before they grow. */
    int capacity() {
        return times.length;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        values = Arrays.copyOf(values, capacity);
        events = Arrays.copyOf(events, capacity);
    }
}
