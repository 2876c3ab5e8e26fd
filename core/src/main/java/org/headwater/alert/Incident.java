package org.headwater.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param joinReasons why each member is in the incident, by alert id in joining order: the first
 *     opened it, every later one names the member it is related to, how, and the pattern that lets the
 *     two alert types share an incident (empty for incidents recorded before reasons were kept)
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
        @Nullable Instant closedAt,
        Map<String, String> joinReasons) {

    /** An incident without recorded join reasons. */
    public Incident(
            String id,
            IncidentKind kind,
            AlertType.Family family,
            @Nullable String zoneId,
            List<String> alertIds,
            List<String> sourceIds,
            Instant firstAlertAt,
            Instant lastAlertAt,
            @Nullable Instant closedAt) {
        this(id, kind, family, zoneId, alertIds, sourceIds, firstAlertAt, lastAlertAt, closedAt, Map.of());
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        alertIds = List.copyOf(alertIds);
        sourceIds = List.copyOf(sourceIds);
        Objects.requireNonNull(firstAlertAt, "firstAlertAt");
        Objects.requireNonNull(lastAlertAt, "lastAlertAt");
        joinReasons =
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(joinReasons, "joinReasons")));
        for (String alertId : joinReasons.keySet()) {
            if (!alertIds.contains(alertId)) {
                throw new IllegalArgumentException("join reason for " + alertId + ", which is not a member of " + id);
            }
        }
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
