package org.headwater.detect.ami;

/** Hour and day lengths in milliseconds, and threshold hours converted, for the hot path. */
final class Millis {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private Millis() {}

    static long ofHours(double hours) {
        return Math.round(hours * HOUR);
    }

    static double hours(long millis) {
        return millis / (double) HOUR;
    }
}
