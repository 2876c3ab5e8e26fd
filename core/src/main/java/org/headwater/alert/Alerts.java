package org.headwater.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The alerts raised so far, with their lifecycle; implemented by the store. */
public interface Alerts {

    /** Stores a newly raised alert; a second call with the same id is ignored (replays are idempotent). */
    void add(Alert alert);

    /** Replaces the stored alert of the same id (a lifecycle move); throws when the id is unknown. */
    void update(Alert alert);

    Optional<Alert> find(String id);

    /** The active (open or acknowledged) alert for a condition, if any. */
    Optional<Alert> active(Alert.ConditionKey condition);

    /** All active alerts, oldest first: what a restarted detector chain must know about. */
    List<Alert> active();

    /** Alerts raised with {@code from <= time < to}, oldest first. */
    List<Alert> raisedBetween(Instant from, Instant to);

    /** Alerts matching every filter of {@code query}, newest first (ties by id), at most its limit. */
    List<Alert> search(AlertQuery query);

    /** How many alerts there are per type and state, ordered by type then state; empty pairs are absent. */
    List<AlertCount> countsByTypeAndState();

    /**
     * How many alerts were raised per UTC day and type with {@code from <= time < to}, ordered by day
     * then type; days and types without alerts are absent.
     */
    List<DailyAlertCount> countsByDayAndType(Instant from, Instant to);

    /**
     * Applies what the detectors emitted: a raised alert is added (a replayed one is ignored), a
     * cleared one records its clearing time once.
     */
    default void record(AlertEvent event) {
        switch (event) {
            case AlertEvent.AlertRaised raised -> add(raised.alert());
            case AlertEvent.AlertCleared cleared ->
                find(cleared.alertId())
                        .filter(alert -> alert.clearedAt() == null)
                        .ifPresent(alert -> update(alert.clear(cleared.time())));
        }
    }
}
