package org.headwater.forecast;

import java.time.Instant;

/**
 * One forecast hour: the expected mean inflow over {@code [hour, hour + 1 h)} in L/s and the
 * prediction interval around it; the bounds are {@code NaN} when no interval could be estimated.
 */
public record ForecastHour(
        Instant hour, double litresPerSecond, double lowerLitresPerSecond, double upperLitresPerSecond) {

    public ForecastHour {
        if (hour.getEpochSecond() % 3600 != 0 || hour.getNano() != 0) {
            throw new IllegalArgumentException("hour: must be a whole UTC hour, was " + hour);
        }
        if (Double.isNaN(litresPerSecond) || Double.isInfinite(litresPerSecond)) {
            throw new IllegalArgumentException(
                    "litresPerSecond: must be a number, was " + litresPerSecond + " at " + hour);
        }
    }

    /** Whether both bounds are known. */
    public boolean hasInterval() {
        return !Double.isNaN(lowerLitresPerSecond) && !Double.isNaN(upperLitresPerSecond);
    }
}
