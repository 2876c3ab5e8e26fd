package org.headwater.ingest.sparkplug;

import java.time.Instant;
import java.util.Objects;
import org.headwater.ingest.sources.SourceQuality;
import org.jspecify.annotations.Nullable;

/**
 * One metric value of a birth or data message, named by its tag-map address.
 *
 * @param address {@code group/node[/device]:metric}, see {@link SparkplugTopic#address}
 * @param value as {@link SparkplugMetric#value()} decoded it
 * @param time the metric's timestamp (else the payload's, else the arrival time)
 * @param quality the metric's {@code Quality} property (OPC DA codes, as Ignition sends them)
 * @param engineeringUnit the unit the birth declared in the metric's {@code engUnit} property, if any
 */
public record MetricValue(
        String address,
        @Nullable Object value,
        Instant time,
        SourceQuality quality,
        @Nullable String engineeringUnit) {

    public MetricValue {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(quality, "quality");
    }

    /** OPC DA quality codes, as Ignition sends them: 192 and above good, 64..191 uncertain, below 64 bad; absent is good. */
    static SourceQuality quality(@Nullable Object property) {
        if (!(property instanceof Number code)) {
            return SourceQuality.GOOD;
        }
        long value = code.longValue() & 0xFF;
        return value >= 192 ? SourceQuality.GOOD : value >= 64 ? SourceQuality.UNCERTAIN : SourceQuality.BAD;
    }
}
