package org.headwater.alert;

import java.util.Objects;

/** What incident grouping emits: an incident opened, an alert joined one (possibly changing its kind), one closed. */
public sealed interface IncidentEvent
        permits IncidentEvent.IncidentOpened, IncidentEvent.AlertJoinedIncident, IncidentEvent.IncidentClosed {

    /** The incident as it is after the change. */
    Incident incident();

    /** A new incident holding its first alert. */
    record IncidentOpened(Incident incident) implements IncidentEvent {
        public IncidentOpened {
            Objects.requireNonNull(incident, "incident");
        }
    }

    /** An alert joined an open incident; {@code previousKind} shows whether the kind changed. */
    record AlertJoinedIncident(Incident incident, String alertId, IncidentKind previousKind) implements IncidentEvent {
        public AlertJoinedIncident {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(previousKind, "previousKind");
        }
    }

    /** No further alert can join: the window after its latest alert has passed. */
    record IncidentClosed(Incident incident) implements IncidentEvent {
        public IncidentClosed {
            Objects.requireNonNull(incident, "incident");
        }
    }
}
