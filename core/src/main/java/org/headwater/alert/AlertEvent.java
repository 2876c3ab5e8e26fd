package org.headwater.alert;

import java.time.Instant;
import java.util.Objects;

/** What the detectors emit, in event time: an alert was raised or its condition cleared. */
public sealed interface AlertEvent permits AlertEvent.AlertRaised, AlertEvent.AlertCleared {

    /** Event time of the change. */
    Instant time();

    /** The alert the event is about. */
    String alertId();

    /** A new alert, state {@link AlertState#OPEN}. */
    record AlertRaised(Alert alert) implements AlertEvent {
        public AlertRaised {
            Objects.requireNonNull(alert, "alert");
        }

        @Override
        public Instant time() {
            return alert.time();
        }

        @Override
        public String alertId() {
            return alert.id();
        }
    }

    /** The condition behind an open alert ended at {@code time}; {@code reason} says how the detector saw it end. */
    record AlertCleared(String alertId, Alert.ConditionKey condition, Instant time, String reason)
            implements AlertEvent {
        public AlertCleared {
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
