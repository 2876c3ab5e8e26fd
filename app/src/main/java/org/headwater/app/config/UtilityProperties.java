package org.headwater.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.utility.*}: where the utility is, for everything that reads local time: demand
 * forecasts (local hours, holidays), detection (local days, the night window), notification
 * schedules (business hours, holidays) and the nightly break-risk run.
 *
 * @param zone the utility's time zone (an IANA name such as {@code Europe/Rome})
 * @param country its country as an ISO 3166 code ({@code IT}, {@code US}); public holidays come from
 *     the Jollyday tables for it; blank for none
 * @param region a region inside the country as Jollyday names it ({@code ny}, {@code by}); blank for
 *     national holidays only
 */
@ConfigurationProperties("headwater.utility")
public record UtilityProperties(
        @DefaultValue("UTC") String zone,
        @DefaultValue("") String country,
        @DefaultValue("") String region) {}
