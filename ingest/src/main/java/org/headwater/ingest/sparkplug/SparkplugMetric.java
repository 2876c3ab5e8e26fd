package org.headwater.ingest.sparkplug;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One metric of a Sparkplug B payload as decoded, before any birth certificate gave its alias a name.
 *
 * @param name the metric's name (always in births; data messages usually send only the alias)
 * @param alias the alias a birth assigned, if any
 * @param timestamp the metric's own time, ms since the epoch (falls back to the payload's when absent)
 * @param dataType the Sparkplug B datatype number ({@link SparkplugDataType})
 * @param historical sent late from the edge node's store-and-forward buffer
 * @param value a {@link Number}, {@link Boolean}, {@link String}, {@code null} for an
 *     {@code is_null} metric, or a {@link Mismatch} when the value field does not fit the datatype
 *     or the datatype is not a scalar
 * @param properties the metric's scalar properties (e.g. {@code engUnit}, {@code Quality})
 */
public record SparkplugMetric(
        @Nullable String name,
        @Nullable Long alias,
        @Nullable Long timestamp,
        int dataType,
        boolean historical,
        @Nullable Object value,
        Map<String, Object> properties) {

    public SparkplugMetric {
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }

    /** A value that cannot become a reading, with why. */
    public record Mismatch(String reason) {
        @Override
        public String toString() {
            return reason;
        }
    }
}
