package org.headwater.app.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.detect.*}: how the live detectors run.
 *
 * @param allowedLateness how long a meter's reads are held back so late arrivals still count in order;
 *     later reads trigger a replay of that meter from the store
 * @param utilityZone the utility's time zone (its days, nights and weekdays)
 * @param replayOnStart stored history replayed into the detectors after a restart
 * @param tick how often (wall time) time-driven detectors such as non-reporting are advanced
 */
@ConfigurationProperties("headwater.detect")
public record HeadwaterDetectProperties(
        @DefaultValue("PT0S") Duration allowedLateness,
        @DefaultValue("UTC") ZoneId utilityZone,
        @DefaultValue("P7D") Duration replayOnStart,
        @DefaultValue("PT5S") Duration tick) {}
