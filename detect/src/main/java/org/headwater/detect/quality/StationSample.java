package org.headwater.detect.quality;

import java.time.Instant;
import java.util.Arrays;

/**
 * The values of all channels of one station at one instant (event time).
 *
 * @param time when the values were measured
 * @param values one value per channel, in the order of the station's channels; {@code NaN} means missing
 */
public record StationSample(Instant time, double[] values) {

    public StationSample {
        if (time == null) {
            throw new IllegalArgumentException("sample time must not be null");
        }
        if (values == null) {
            throw new IllegalArgumentException("sample values must not be null");
        }
    }

    public boolean allMissing() {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StationSample that && time.equals(that.time) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * time.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "StationSample[" + time + ", " + Arrays.toString(values) + "]";
    }
}
