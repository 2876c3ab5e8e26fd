package org.headwater.notify;

import java.util.Objects;

/** The escalation clock's order to notify everyone in a role about an alert. */
public record Page(String alertId, String role, Kind kind, int step) {

    /** Why the role is notified. */
    public enum Kind {
        /** The first step of the chain, as the alert is raised. */
        FIRST,
        /** A later step: nobody acknowledged in time. */
        ESCALATION,
        /** The same role again: still unacknowledged. */
        REMINDER
    }

    public Page {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
    }
}
