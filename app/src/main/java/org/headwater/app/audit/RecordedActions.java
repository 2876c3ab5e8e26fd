package org.headwater.app.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.ThresholdChange;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.app.alert.AlertAcknowledged;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends alert and threshold actions to the audit trail. Acknowledgements and threshold changes are
 * listened to on the publishing thread, so an action whose entry cannot be written fails rather than
 * going unrecorded; raised and cleared alerts arrive through the delivery path (the {@code audit}
 * consumer), retried until written.
 */
@Component
class RecordedActions {

    static final String ALERTS = "system:alerts";

    private final AuditTrail trail;

    RecordedActions(AuditTrail trail) {
        this.trail = trail;
    }

    void onAlert(AlertEvent event) {
        switch (event) {
            case AlertEvent.AlertRaised raised ->
                trail.append(
                        ALERTS,
                        AuditAction.ALERT_RAISED,
                        raised.alertId(),
                        details(
                                "type", raised.alert().type().name(),
                                "severity", raised.alert().severity().name(),
                                "detector", raised.alert().detector(),
                                "thresholdVersion", Long.toString(raised.alert().thresholdVersion())));
            case AlertEvent.AlertCleared cleared ->
                trail.append(
                        ALERTS,
                        AuditAction.ALERT_CLEARED,
                        cleared.alertId(),
                        details("at", cleared.time().toString(), "reason", cleared.reason()));
        }
    }

    @EventListener
    void onAcknowledged(AlertAcknowledged acknowledged) {
        trail.append(
                acknowledged.acknowledgedBy(),
                AuditAction.ALERT_ACKNOWLEDGED,
                acknowledged.alert().id(),
                details("state", acknowledged.alert().state().name()));
    }

    @EventListener
    void onThresholdChange(ThresholdChange change) {
        trail.append(
                change.changedBy(),
                AuditAction.THRESHOLD_CHANGED,
                ThresholdScope.format(change.scope()),
                details(
                        "version", Long.toString(change.version()),
                        "before", fields(change.before()),
                        "after", fields(change.after())));
    }

    private static String fields(ThresholdValues values) {
        StringJoiner fields = new StringJoiner(",");
        values.asMap().forEach((key, value) -> fields.add(key.fieldName() + "=" + value));
        return fields.toString();
    }

    private static Map<String, String> details(String... namesAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return details;
    }
}
