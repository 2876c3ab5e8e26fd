package org.headwater.alert;

import java.time.Instant;
import java.util.Objects;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/**
 * One alert: a condition at one meter, sensor or premise, from the event time it was detected
 * until it clears. At most one alert per {@link #conditionKey()} is active at a time.
 *
 * @param id stable id: source, type and event time, so a replay produces the same id
 * @param type what was detected
 * @param severity how urgent
 * @param sourceId the meter or sensor (the premise for premise-level alerts)
 * @param premiseId the premise the meter serves, when known
 * @param zoneId the pressure zone or DMA, when known
 * @param location where, when known
 * @param time event time the condition was detected at
 * @param evidence readings and alarm codes behind it
 * @param detector name of the detector that raised it
 * @param thresholdVersion version of {@link Thresholds} whose values raised it
 * @param causeHint a likely EPA table 6-1 cause, when the detector sees one
 * @param state lifecycle state
 * @param clearedAt event time the condition cleared, once it has
 */
public record Alert(
        String id,
        AlertType type,
        Severity severity,
        String sourceId,
        @Nullable String premiseId,
        @Nullable String zoneId,
        @Nullable Location location,
        Instant time,
        Evidence evidence,
        String detector,
        long thresholdVersion,
        @Nullable CauseHint causeHint,
        AlertState state,
        @Nullable Instant clearedAt) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(state, "state");
        if (thresholdVersion < 0) {
            throw new IllegalArgumentException("thresholdVersion must not be negative: " + thresholdVersion);
        }
        if (clearedAt != null && clearedAt.isBefore(time)) {
            throw new IllegalArgumentException("clearedAt " + clearedAt + " is before time " + time + " of " + id);
        }
    }

    /** The stable id of the alert raised for {@code type} at {@code sourceId} at {@code time}. */
    public static String idOf(String sourceId, AlertType type, Instant time) {
        return sourceId + "/" + type + "/" + time;
    }

    /** The condition this alert stands for: one active alert per key. */
    public ConditionKey conditionKey() {
        return new ConditionKey(sourceId, type);
    }

    /** Moves the alert through its lifecycle, refusing moves {@link AlertStateChanges} does not allow. */
    public Alert moveTo(AlertState next) {
        AlertStateChanges.check(id, state, next);
        return with(next, clearedAt);
    }

    /**
     * Records that the condition ended at {@code at} (event time). An alert already closed by its
     * investigation stays closed and only gains the time.
     */
    public Alert clear(Instant at) {
        boolean settled = state == AlertState.CLEARED || state == AlertState.CLOSED;
        return with(settled ? state : moveTo(AlertState.CLEARED).state(), at);
    }

    private Alert with(AlertState newState, @Nullable Instant newClearedAt) {
        return new Alert(
                id,
                type,
                severity,
                sourceId,
                premiseId,
                zoneId,
                location,
                time,
                evidence,
                detector,
                thresholdVersion,
                causeHint,
                newState,
                newClearedAt);
    }

    /** A meter (or premise) and an alert type: the unit of "one open alert until it clears". */
    public record ConditionKey(String sourceId, AlertType type) {
        public ConditionKey {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(type, "type");
        }
    }
}
