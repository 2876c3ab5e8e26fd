package org.headwater.detect.quality;

import java.util.List;

/**
 * A streaming event detector for one station: samples arrive in strictly increasing event time and
 * each gets a verdict that depends only on that sample and the ones before it.
 */
public interface WaterQualityEventDetector {

    /** The station's channels, in the order of {@link StationSample#values()}. */
    List<Channel> channels();

    /**
     * Judges one sample.
     *
     * @throws IllegalArgumentException if the sample is not later than the previous one or has the
     *     wrong number of values
     */
    WaterQualityVerdict accept(StationSample sample);
}
