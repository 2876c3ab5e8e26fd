package org.headwater.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which alerts to list: every filter is optional (null matches anything); {@code from} is inclusive
 * and {@code to} exclusive on the alert's event time; at most {@code limit} alerts, newest first.
 *
 * @param type only alerts of this type
 * @param state only alerts in this lifecycle state
 * @param severity only alerts of this severity
 * @param sourceId only alerts of this meter or sensor
 * @param from only alerts at or after this time
 * @param to only alerts before this time
 * @param limit the most alerts to return, at least 0
 */
public record AlertQuery(
        @Nullable AlertType type,
        @Nullable AlertState state,
        @Nullable Severity severity,
        @Nullable String sourceId,
        @Nullable Instant from,
        @Nullable Instant to,
        int limit) {

    public AlertQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
    }

    /** Every alert, newest first, at most {@code limit}. */
    public static AlertQuery latest(int limit) {
        return new AlertQuery(null, null, null, null, null, null, limit);
    }

    /** This query restricted to event times in {@code [from, to)}. */
    public AlertQuery between(@Nullable Instant from, @Nullable Instant to) {
        return new AlertQuery(type, state, severity, sourceId, from, to, limit);
    }

    /** This query restricted to one meter or sensor. */
    public AlertQuery from(String sourceId) {
        return new AlertQuery(type, state, severity, sourceId, from, to, limit);
    }

    /** Whether {@code alert} passes every filter (the limit aside). */
    public boolean matches(Alert alert) {
        return (type == null || alert.type() == type)
                && (state == null || alert.state() == state)
                && (severity == null || alert.severity() == severity)
                && (sourceId == null || alert.sourceId().equals(sourceId))
                && (from == null || !alert.time().isBefore(from))
                && (to == null || alert.time().isBefore(to));
    }
}
