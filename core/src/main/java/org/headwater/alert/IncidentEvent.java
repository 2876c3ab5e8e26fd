package org.headwater.alert;

import java.util.Objects;

/** What incident grouping emits: an incident opened, an alert joined one (possibly changing its kind), one closed. */
public sealed interface IncidentEvent
        permits IncidentEvent.IncidentOpened, IncidentEvent.AlertJoinedIncident, IncidentEvent.IncidentClosed {

    /** The incident as it is after the change. */
    Incident incident();

    record IncidentOpened(Incident incident) implements IncidentEvent {
        public IncidentOpened {
            Objects.requireNonNull(incident, "incident");
        }
    }

    record AlertJoinedIncident(Incident incident, String alertId, IncidentKind previousKind) implements IncidentEvent {
        public AlertJoinedIncident {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(previousKind, "previousKind");
        }
    }

    record IncidentClosed(Incident incident) implements IncidentEvent {
        public IncidentClosed {
            Objects.requireNonNull(incident, "incident");
        }
    }
}
