package org.headwater.telemetry;

import java.time.Instant;

/**
 * The interval volume that passed every meter together in one bucket of time, and how many meters
 * reported in it: a point of the overview's system consumption (EPA figure 5-1).
 *
 * @param start the bucket's first instant (UTC hour or day)
 * @param litres the sum of the meters' interval volumes in the bucket
 * @param meters how many distinct meters sent an interval volume in the bucket
 */
public record VolumeTotal(Instant start, double litres, int meters) {}
