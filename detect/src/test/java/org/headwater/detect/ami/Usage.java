package org.headwater.detect.ami;

/** Typical household interval volumes for tests: a morning shower, lunch, an evening peak, quiet nights. */
final class Usage {

    private Usage() {}

    /** Litres in hour {@code h} (0 = the hour ending at 01:00 of day 0): about 200 L a day. */
    static double household(int h) {
        return switch (h % 24) {
            case 6 -> 60;
            case 7 -> 25;
            case 12 -> 20;
            case 18 -> 45;
            case 19 -> 50;
            default -> 0;
        };
    }
}
