package org.headwater.app.demo;

import java.util.Arrays;

/**
 * One real household's cumulative register over the DAIAD trial year, as a piecewise-linear
 * function of time so it can be sampled at any instant (gaps between reads are spread evenly).
 */
final class HouseholdSeries {

    private final String key;
    private final long[] epochSeconds;
    private final double[] cumulativeLitres;

    HouseholdSeries(String key, long[] epochSeconds, double[] cumulativeLitres) {
        if (epochSeconds.length < 2 || epochSeconds.length != cumulativeLitres.length) {
            throw new IllegalArgumentException("household " + key + " needs at least two reads of equal length arrays");
        }
        this.key = key;
        this.epochSeconds = epochSeconds;
        this.cumulativeLitres = cumulativeLitres;
    }

    String key() {
        return key;
    }

    long startSecond() {
        return epochSeconds[0];
    }

    long spanSeconds() {
        return epochSeconds[epochSeconds.length - 1] - epochSeconds[0];
    }

    static final long WEEK_SECONDS = 7 * 24 * 3600L;
    /** 1970-01-05T00:00:00Z, a Monday: replay weeks start on Monday 00:00 UTC, as {@link SimulatedMeter#ORIGIN}. */
    private static final long A_MONDAY = 4 * 24 * 3600L;

    /**
     * The first Monday 00:00 UTC of the series: the replay starts its loop here, so that a household's
     * Tuesday 03:00 is replayed on a Tuesday at 03:00, never in the afternoon.
     */
    long replayStart() {
        return epochSeconds[0] + Math.floorMod(A_MONDAY - epochSeconds[0], WEEK_SECONDS);
    }

    /** The whole weeks of the series from {@link #replayStart}: the loop the replay repeats (0 if none). */
    long replaySpanSeconds() {
        long end = epochSeconds[epochSeconds.length - 1];
        return Math.max(0, Math.floorDiv(end - replayStart(), WEEK_SECONDS) * WEEK_SECONDS);
    }

    /** Litres used over one loop of the replay. */
    double replayLitres() {
        return usedUntil(replayStart() + replaySpanSeconds()) - usedUntil(replayStart());
    }

    /** Litres used over the whole series. */
    double totalLitres() {
        return cumulativeLitres[cumulativeLitres.length - 1] - cumulativeLitres[0];
    }

    /** Litres used from the start of the series to {@code second} (clamped to the series). */
    double usedUntil(long second) {
        if (second <= epochSeconds[0]) {
            return 0;
        }
        int last = epochSeconds.length - 1;
        if (second >= epochSeconds[last]) {
            return totalLitres();
        }
        int i = Arrays.binarySearch(epochSeconds, second);
        if (i >= 0) {
            return cumulativeLitres[i] - cumulativeLitres[0];
        }
        int after = -i - 1;
        int before = after - 1;
        double fraction = (double) (second - epochSeconds[before]) / (epochSeconds[after] - epochSeconds[before]);
        double value = cumulativeLitres[before] + fraction * (cumulativeLitres[after] - cumulativeLitres[before]);
        return value - cumulativeLitres[0];
    }
}
