package org.headwater.app.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.detect.*}: how the live detectors run. Their days, nights and weekdays are the
 * utility's ({@code headwater.utility.*}, {@link org.headwater.calendar.UtilityCalendar}).
 *
 * @param allowedLateness how long a meter's reads are held back so late arrivals still count in order;
 *     later reads trigger a replay of that meter from the store
 * @param replayOnStart stored history replayed into the detectors after a restart
 * @param tick how often (wall time) time-driven detectors such as non-reporting are advanced
 */
@ConfigurationProperties("headwater.detect")
public record HeadwaterDetectProperties(
        @DefaultValue("PT0S") Duration allowedLateness,
        @DefaultValue("P7D") Duration replayOnStart,
        @DefaultValue("PT5S") Duration tick) {}
