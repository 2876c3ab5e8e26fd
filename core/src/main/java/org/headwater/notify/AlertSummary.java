package org.headwater.notify;

import java.time.Instant;
import java.util.Objects;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.jspecify.annotations.Nullable;

/** The selected details of an alert a notification carries (EPA 5.2: "provides selected details to support the investigation"). */
public record AlertSummary(
        String alertId,
        AlertType type,
        Severity severity,
        String sourceId,
        @Nullable String zoneId,
        Instant time) {

    public AlertSummary {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(time, "time");
    }

    public static AlertSummary of(Alert alert) {
        return new AlertSummary(
                alert.id(), alert.type(), alert.severity(), alert.sourceId(), alert.zoneId(), alert.time());
    }

    /** One line for a subject or a text message. */
    public String headline() {
        return severity + " " + type + " alert at " + sourceId + (zoneId == null ? "" : " (zone " + zoneId + ")")
                + " since " + time;
    }
}
