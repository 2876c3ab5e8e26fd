package org.headwater.detect.quality;

import java.time.Instant;

/** The input contract every detector enforces: strictly increasing time, one value per channel. */
final class SampleChecks {

    private SampleChecks() {}

    static double[] requireNext(StationSample sample, Instant previous, int channelCount) {
        if (!sample.time().isAfter(previous)) {
            throw new IllegalArgumentException(
                    "sample time " + sample.time() + " is not after the previous sample time " + previous);
        }
        if (sample.values().length != channelCount) {
            throw new IllegalArgumentException("sample at " + sample.time() + " has " + sample.values().length
                    + " values, the station has " + channelCount + " channels");
        }
        return sample.values();
    }
}
