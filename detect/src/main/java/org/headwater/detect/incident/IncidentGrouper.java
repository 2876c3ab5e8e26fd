package org.headwater.detect.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentEvent;
import org.headwater.alert.IncidentKind;
import org.jspecify.annotations.Nullable;

/**
 * Groups raised alerts into incidents (PRODUCT capability 4: one incident, one investigation). A new
 * alert joins the oldest open incident whose latest alert is within the window and that holds an
 * alert it may share an incident with ({@link IncidentPatterns}: which types, how related, how close in
 * time); otherwise it opens an incident. An alert related to several open incidents merges them into the
 * oldest. The incident records why each alert joined. The incident's kind follows its
 * members: several backflow meters plus a pressure alert make a distribution system event (EPA
 * section 2 and 6.1), several non-reporting meters an outage (EPA Hurricane Sandy example), a
 * backflow + tamper alert possible intentional contamination (EPA section 2). Feed alerts in event-time order.
 */
public final class IncidentGrouper {

    static final String OPENED = "opened the incident";

    private final GroupingRules rules;
    private final IncidentPatterns patterns;
    private final List<OpenIncident> open = new ArrayList<>();

    private static final class OpenIncident {
        Incident incident;
        final List<Alert> members;
        final Map<String, String> reasons;

        OpenIncident(Incident incident, List<Alert> members, Map<String, String> reasons) {
            this.incident = incident;
            this.members = new ArrayList<>(members);
            this.reasons = new LinkedHashMap<>(reasons);
        }
    }

    private record Home(OpenIncident incident, String reason) {}

    public IncidentGrouper(GroupingRules rules, Proximity proximity) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.patterns = new IncidentPatterns(rules, Objects.requireNonNull(proximity, "proximity"));
    }

    /** Closes incidents idle past the window at {@code alert}'s time, then files the alert. */
    public List<IncidentEvent> onRaised(Alert alert) {
        List<IncidentEvent> events = new ArrayList<>(closeIdle(alert.time()));
        List<Home> homes = open.stream()
                .filter(o -> !alert.time().isAfter(o.incident.lastAlertAt().plus(rules.window())))
                .sorted(Comparator.comparing((OpenIncident o) -> o.incident.firstAlertAt())
                        .thenComparing(o -> o.incident.id()))
                .flatMap(o -> reasonToJoin(o, alert).map(reason -> new Home(o, reason)).stream())
                .toList();
        if (homes.isEmpty()) {
            Map<String, String> reasons = Map.of(alert.id(), OPENED);
            OpenIncident created = new OpenIncident(
                    build("incident:" + alert.id(), null, List.of(alert), reasons), List.of(alert), reasons);
            open.add(created);
            events.add(new IncidentEvent.IncidentOpened(created.incident));
            return events;
        }
        OpenIncident o = homes.getFirst().incident();
        IncidentKind previous = o.incident.kind();
        o.members.add(alert);
        o.reasons.put(alert.id(), homes.getFirst().reason());
        for (Home other : homes.subList(1, homes.size())) {
            events.add(mergeInto(o, other, alert));
        }
        o.incident = build(o.incident.id(), null, o.members, o.reasons);
        events.add(new IncidentEvent.AlertJoinedIncident(o.incident, alert.id(), previous));
        return events;
    }

    /** Closes incidents whose latest alert is more than the window before {@code now}. */
    public List<IncidentEvent> closeIdle(Instant now) {
        List<IncidentEvent> events = new ArrayList<>();
        open.removeIf(o -> {
            Instant closes = o.incident.lastAlertAt().plus(rules.window());
            if (!now.isAfter(closes)) {
                return false;
            }
            o.incident = build(o.incident.id(), closes, o.members, o.reasons);
            events.add(new IncidentEvent.IncidentClosed(o.incident));
            return true;
        });
        return events;
    }

    /** After a restart: the open incidents with their member alerts (from the Alerts and Incidents ports). */
    public void restore(Incident incident, Collection<Alert> members) {
        if (incident.open() && !members.isEmpty()) {
            open.add(new OpenIncident(incident, List.copyOf(members), incident.joinReasons()));
        }
    }

    public List<Incident> openIncidents() {
        return open.stream().map(o -> o.incident).toList();
    }

    /**
     * An alert related to two open incidents links them (a pressure drop between a water-quality event and
     * the backflows around it): the younger one's alerts move into the older, saying so, and the younger
     * closes at the linking alert's time.
     */
    private IncidentEvent mergeInto(OpenIncident target, Home other, Alert link) {
        OpenIncident merged = other.incident();
        for (Alert member : merged.members) {
            target.members.add(member);
            target.reasons.put(
                    member.id(),
                    "merged from " + merged.incident.id() + " through " + link.id() + " (" + other.reason() + "); "
                            + merged.reasons.getOrDefault(member.id(), OPENED));
        }
        open.remove(merged);
        merged.incident = build(merged.incident.id(), link.time(), merged.members, merged.reasons);
        return new IncidentEvent.IncidentClosed(merged.incident);
    }

    // The first member (in joining order) the alert may share the incident with gives the reason.
    private Optional<String> reasonToJoin(OpenIncident incident, Alert alert) {
        return incident.members.stream()
                .flatMap(m -> patterns.whyTogether(alert, m).stream())
                .findFirst();
    }

    private Incident build(String id, @Nullable Instant closedAt, List<Alert> members, Map<String, String> reasons) {
        Alert first = members.getFirst();
        Instant firstAt =
                members.stream().map(Alert::time).min(Comparator.naturalOrder()).orElseThrow();
        Instant lastAt =
                members.stream().map(Alert::time).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> sources = new LinkedHashSet<>();
        members.forEach(m -> sources.add(m.sourceId()));
        return new Incident(
                id,
                kindOf(members),
                first.type().family(),
                first.zoneId(),
                members.stream().map(Alert::id).toList(),
                List.copyOf(sources),
                firstAt,
                lastAt,
                closedAt,
                reasons);
    }

    private IncidentKind kindOf(List<Alert> members) {
        long backflowMeters = distinctSources(members, AlertType.BACKFLOW);
        boolean pressure = members.stream()
                .anyMatch(m -> m.type() == AlertType.PRESSURE_DROP
                        || m.type() == AlertType.PRESSURE_LOW
                        || m.type() == AlertType.PRESSURE_NEGATIVE);
        if (members.stream().anyMatch(m -> m.type() == AlertType.BACKFLOW_AND_TAMPER)) {
            return IncidentKind.POSSIBLE_INTENTIONAL_CONTAMINATION;
        }
        if (pressure && backflowMeters >= rules.backflowMetersForSystemEvent()) {
            return IncidentKind.DISTRIBUTION_SYSTEM_EVENT;
        }
        if (distinctSources(members, AlertType.NON_REPORTING) >= rules.metersForOutage()) {
            return IncidentKind.POWER_OR_COMMUNICATIONS_OUTAGE;
        }
        return IncidentKind.ALERT_CLUSTER;
    }

    private static long distinctSources(List<Alert> members, AlertType type) {
        return members.stream()
                .filter(m -> m.type() == type)
                .map(Alert::sourceId)
                .distinct()
                .count();
    }
}
