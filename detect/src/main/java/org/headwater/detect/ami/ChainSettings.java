package org.headwater.detect.ami;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the chain orders its input.
 *
 * @param allowedLateness how far behind a meter's newest event time a reading may arrive and still be
 *     detected in order; readings are held back this long. Zero detects at once (readings within one
 *     batch are still sorted); a reading older than what was already detected is returned as late.
 * @param utilityZone the utility's time zone: where its days start (daily use, DST days)
 */
public record ChainSettings(Duration allowedLateness, ZoneId utilityZone) {

    public ChainSettings {
        Objects.requireNonNull(allowedLateness, "allowedLateness");
        Objects.requireNonNull(utilityZone, "utilityZone");
        if (allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowedLateness must not be negative: " + allowedLateness);
        }
    }

    /** Detect at once, days in UTC. */
    public static ChainSettings immediate() {
        return new ChainSettings(Duration.ZERO, ZoneId.of("UTC"));
    }
}
