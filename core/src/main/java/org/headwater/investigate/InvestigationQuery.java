package org.headwater.investigate;

import java.time.Instant;
import org.headwater.alert.AlertType;
import org.jspecify.annotations.Nullable;

/**
 * A filter over investigations; a null field matches everything.
 *
 * @param step the figure 6-1 step they are at
 * @param assignee who leads them
 * @param type the alert type
 * @param alertFrom alert time at or after
 * @param alertTo alert time before
 */
public record InvestigationQuery(
        @Nullable InvestigationStep step,
        @Nullable String assignee,
        @Nullable AlertType type,
        @Nullable Instant alertFrom,
        @Nullable Instant alertTo) {

    public static InvestigationQuery all() {
        return new InvestigationQuery(null, null, null, null, null);
    }

    public boolean matches(Investigation investigation) {
        InvestigatedAlert subject = investigation.subject();
        return (step == null || step == investigation.step())
                && (assignee == null || assignee.equals(investigation.assignee()))
                && (type == null || type == subject.type())
                && (alertFrom == null || !subject.alertTime().isBefore(alertFrom))
                && (alertTo == null || subject.alertTime().isBefore(alertTo));
    }
}
