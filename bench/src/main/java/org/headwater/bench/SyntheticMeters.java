package org.headwater.bench;

/**
 * The meters of the store and MQTT benchmarks: 20,000 ids as a headend names them, each reading
 * hourly. Read number i is meter i % COUNT at hour i / COUNT, so any range of read numbers is a
 * set of distinct reading keys.
 */
final class SyntheticMeters {

    static final int COUNT = 20_000;

    private SyntheticMeters() {}

    static String meterId(long read) {
        return "MTR-" + (100_000 + read % COUNT);
    }

    static long hour(long read) {
        return read / COUNT;
    }

    /** A spread of plausible hourly volumes, 0 to 655 litres, the same for every run. */
    static double litres(long read) {
        return ((read * 2_654_435_761L) & 0xFFFF) / 100.0;
    }
}
