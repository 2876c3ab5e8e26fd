package org.headwater.telemetry;

import java.time.Instant;
import java.util.Objects;

/**
 * One value from a meter or sensor at its event time, in the canonical unit of its measurand.
 *
 * @param sourceId the meter or sensor id as the network model knows it
 * @param measurand what was measured
 * @param time event time (when it was measured, not when it arrived), UTC
 * @param value value in {@link Measurand#canonicalUnit()}
 */
public record Reading(String sourceId, Measurand measurand, Instant time, double value) {

    public Reading {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(time, "time");
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite for " + sourceId + " at " + time + ": " + value);
        }
    }

    /** The identity under which a re-sent copy of this reading is recognised as a duplicate. */
    public ReadingKey key() {
        return new ReadingKey(sourceId, measurand, time);
    }

    /** Source, measurand and event time: a reading is stored once per key. */
    public record ReadingKey(String sourceId, Measurand measurand, Instant time) {}
}
