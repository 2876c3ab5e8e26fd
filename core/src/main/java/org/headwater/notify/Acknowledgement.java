package org.headwater.notify;

import java.time.Instant;
import java.util.Objects;

/** Who acknowledged an alert and when (EPA 5.2): it stops escalation and reminders. */
public record Acknowledgement(String alertId, String acknowledgedBy, Instant acknowledgedAt) {
    public Acknowledgement {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
