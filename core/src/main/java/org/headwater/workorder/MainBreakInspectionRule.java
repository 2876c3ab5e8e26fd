package org.headwater.workorder;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.headwater.alert.Alert;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Severity;

/**
 * A distribution-system-event incident (backflow at several meters with a pressure drop in one zone: a main break or
 * similar, EPA section 2) drafts a main-break inspection, with the pressure trend around it as evidence.
 */
public final class MainBreakInspectionRule {

    public static final WorkSource SOURCE = WorkSource.rule("main-break-inspection", "1");
    // the pressure trend shown: six hours before the first alert to one hour after the last
    private static final Duration TREND_BEFORE = Duration.ofHours(6);
    private static final Duration TREND_AFTER = Duration.ofHours(1);
    private static final double INSPECTION_HOURS = 4;

    public Optional<Draft> draft(Incident incident, List<Alert> members) {
        if (incident.kind() != IncidentKind.DISTRIBUTION_SYSTEM_EVENT) {
            return Optional.empty();
        }
        List<ReadingWindow> trend = members.stream()
                .filter(a -> a.type().isPressure())
                .map(Alert::sourceId)
                .distinct()
                .map(sensor -> new ReadingWindow(
                        sensor,
                        incident.firstAlertAt().minus(TREND_BEFORE),
                        incident.lastAlertAt().plus(TREND_AFTER)))
                .toList();
        boolean critical = members.stream().anyMatch(a -> a.severity() == Severity.CRITICAL);
        Alert first = members.isEmpty() ? null : members.get(0);
        String zone = incident.zoneId() != null ? incident.zoneId() : "an unknown zone";
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.INSPECTION,
                "Main break inspection in " + zone,
                incident.alertIds().size() + " alerts at "
                        + incident.sourceIds().size()
                        + " meters and sensors between " + incident.firstAlertAt() + " and " + incident.lastAlertAt()
                        + " look like a main break: backflow together with a pressure drop. Walk the mains of the "
                        + "zone between the alerting premises, look for surfacing water and check valves and hydrants.",
                critical ? WorkPriority.EMERGENCY : WorkPriority.HIGH,
                incident.zoneId(),
                WorkLocation.of(first == null ? null : first.location(), incident.zoneId()),
                WorkOrderType.INSPECTION.usualCrew().name(),
                INSPECTION_HOURS,
                List.of(
                        "Look for surfacing water, sinkholes or wet pavement along the mains",
                        "Check pressure at a hydrant near the alerting meters",
                        "Check the zone's valves and any open hydrant or flushing work",
                        "Report the break location or close out with what was found"),
                new WorkEvidence(incident.alertIds(), incident.id(), null, null, null, List.of(), trend));
        return Optional.of(new Draft(content, SOURCE, ProblemKey.incident(incident.id())));
    }
}
