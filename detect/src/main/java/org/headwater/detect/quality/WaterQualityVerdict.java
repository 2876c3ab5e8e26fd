package org.headwater.detect.quality;

import java.time.Instant;

/**
 * The detector's answer for one sample.
 *
 * @param time the sample's event time
 * @param event whether the station is in a water-quality event at this instant
 * @param probability the event probability from the binomial event discriminator, {@code NaN} while
 *     the detector has no data to judge (warm-up, all values missing)
 * @param outlierChannels bit {@code i} is set when channel {@code i} deviated at this instant
 */
public record WaterQualityVerdict(Instant time, boolean event, double probability, long outlierChannels) {

    public boolean channelDeviated(int channelIndex) {
        return (outlierChannels & (1L << channelIndex)) != 0;
    }
}
