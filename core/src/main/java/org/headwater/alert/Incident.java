package org.headwater.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Related alerts grouped into one incident for one investigation (PRODUCT capability 4).
 *
 * @param id stable id: the id of the first alert, prefixed {@code incident:}
 * @param kind what the group most likely is
 * @param family the alert family grouped here
 * @param zoneId the pressure zone or DMA of the first alert, when known
 * @param alertIds member alerts, in the order they joined
 * @param sourceIds distinct meters, sensors or premises involved
 * @param firstAlertAt event time of the earliest member
 * @param lastAlertAt event time of the latest member
 * @param closedAt when no further alert could join (its window passed), or null while open
 */
public record Incident(
        String id,
        IncidentKind kind,
        AlertType.Family family,
        @Nullable String zoneId,
        List<String> alertIds,
        List<String> sourceIds,
        Instant firstAlertAt,
        Instant lastAlertAt,
        @Nullable Instant closedAt) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        alertIds = List.copyOf(alertIds);
        sourceIds = List.copyOf(sourceIds);
        Objects.requireNonNull(firstAlertAt, "firstAlertAt");
        Objects.requireNonNull(lastAlertAt, "lastAlertAt");
        if (alertIds.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " must hold at least one alert");
        }
        if (lastAlertAt.isBefore(firstAlertAt)) {
            throw new IllegalArgumentException(
                    "lastAlertAt " + lastAlertAt + " is before firstAlertAt " + firstAlertAt + " in " + id);
        }
    }

    public boolean open() {
        return closedAt == null;
    }
}
