package org.headwater.detect.ami;

/** Typical household interval volumes for tests: a morning shower, lunch, an evening peak, quiet nights. */
final class Usage {

    private Usage() {}

    /** Litres in hour {@code h} (0 = the hour ending at 01:00 of day 0): about 200 L a day. */
    static double household(int h) {
        return org.headwater.testkit.SyntheticTown.household(h);
    }
}
