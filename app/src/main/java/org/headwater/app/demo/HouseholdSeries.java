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
