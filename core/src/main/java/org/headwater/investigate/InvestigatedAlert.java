package org.headwater.investigate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/**
 * What an investigation is about: one incident, or one lone alert (issue 4: "one investigation per
 * incident, or per lone alert"), with the alert facts figure 6-2 records and the analytics group by.
 *
 * @param incidentId the incident, or null for a lone alert
 * @param alertIds the alerts the investigation closes; never empty
 * @param type the alert type of the first alert
 * @param alertTime event time of the first alert (figure 6-2 "Alert Date/Time")
 * @param sourceId meter, sensor or premise of the first alert (figure 6-2 "Alert Location")
 * @param zoneId pressure zone or DMA, when known
 * @param location coordinates, when known
 * @param detector detector that raised the first alert
 * @param thresholdVersion threshold version the first alert was raised under
 */
public record InvestigatedAlert(
        @Nullable String incidentId,
        List<String> alertIds,
        AlertType type,
        Instant alertTime,
        String sourceId,
        @Nullable String zoneId,
        @Nullable Location location,
        String detector,
        long thresholdVersion) {

    public InvestigatedAlert {
        alertIds = List.copyOf(alertIds);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(alertTime, "alertTime");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(detector, "detector");
        if (alertIds.isEmpty()) {
            throw new IllegalArgumentException("alertIds must not be empty");
        }
    }

    /** A lone alert. */
    public static InvestigatedAlert of(Alert alert) {
        return from(null, List.of(alert.id()), alert);
    }

    /** An incident, described by its first alert. */
    public static InvestigatedAlert of(Incident incident, Alert first) {
        return from(incident.id(), incident.alertIds(), first);
    }

    private static InvestigatedAlert from(@Nullable String incidentId, List<String> alertIds, Alert first) {
        return new InvestigatedAlert(
                incidentId,
                alertIds,
                first.type(),
                first.time(),
                first.sourceId(),
                first.zoneId(),
                first.location(),
                first.detector(),
                first.thresholdVersion());
    }
}
