package org.headwater.app.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.investigate.EvidenceFacts;
import org.headwater.investigate.LikelyCauses;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * Gathers the data-review evidence of EPA section 6.1 for an alert: the meter's reads and alarms,
 * other alerts in its zone, and its history, and from them the likely causes. A premise-level alert
 * (backflow + tamper) is about the premise's meters: every section looks at them.
 */
@Component
public class EvidenceGathering {

    /** How far around the alert reads and zone alerts are looked at. */
    static final Duration AROUND = Duration.ofHours(24);
    /** How recent an installation or replacement counts as "recent meter installation" (section 6.1). */
    static final Duration RECENT_SERVICE = Duration.ofDays(30);

    private static final int SEARCH_LIMIT = 500;

    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Alerts alerts;
    private final LikelyCauses likelyCauses;
    private final CurrentNetwork network;
    private final WorkOrders workOrders;

    EvidenceGathering(
            Readings readings,
            MeterEvents meterEvents,
            Alerts alerts,
            LikelyCauses likelyCauses,
            CurrentNetwork network,
            WorkOrders workOrders) {
        this.workOrders = workOrders;
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.alerts = alerts;
        this.likelyCauses = likelyCauses;
        this.network = network;
    }

    public GatheredEvidence gather(Alert alert) {
        Instant t = alert.time();
        List<String> meters = metersOf(alert.sourceId(), network.get());
        List<Reading> reads = new ArrayList<>();
        List<MeterEvent> alarms = new ArrayList<>();
        for (String meter : meters) {
            reads.addAll(readings.between(meter, Measurand.INTERVAL_VOLUME, t.minus(AROUND), t.plus(AROUND)));
            alarms.addAll(meterEvents.between(meter, t.minus(RECENT_SERVICE), t.plus(AROUND)));
        }
        reads.sort(Comparator.comparing(Reading::time));
        alarms.sort(Comparator.comparing(MeterEvent::time));
        List<Alert> zoneAlerts = alert.zoneId() == null
                ? List.of()
                : alerts
                        .search(new AlertQuery(null, null, null, null, t.minus(AROUND), t.plus(AROUND), SEARCH_LIMIT))
                        .stream()
                        .filter(a -> Objects.equals(a.zoneId(), alert.zoneId()) && !a.id().equals(alert.id()))
                        .toList();
        List<Alert> earlier = earlierAlerts(alert, meters);
        Set<AlarmCode> codes = EnumSet.noneOf(AlarmCode.class);
        alarms.forEach(event -> codes.add(event.code()));
        List<WorkOrder> workNearby = workNearby(alert, meters);
        EvidenceFacts facts = new EvidenceFacts(
                codes,
                codes.contains(AlarmCode.METER_REPLACED),
                earlier.stream().anyMatch(a -> a.type().family() == AlertType.Family.TAMPER),
                otherBackflowMeters(zoneAlerts, alert, meters),
                (int) zoneAlerts.stream().filter(a -> a.type().isPressure()).count(),
                workNearby.stream().anyMatch(EvidenceGathering::fieldWork));
        return new GatheredEvidence(
                meters, reads, alarms, zoneAlerts, earlier, workNearby, facts, likelyCauses.suggest(alert, facts));
    }

    /**
     * Work orders in the alert's zone or on its meters and premise that were open or changed in the month before
     * the alert (synced back from the CMMS too), other than those drafted from this very alert.
     */
    private List<WorkOrder> workNearby(Alert alert, List<String> meters) {
        Instant since = alert.time().minus(RECENT_SERVICE);
        List<WorkOrder> candidates = new ArrayList<>();
        if (alert.zoneId() != null) {
            candidates.addAll(
                    workOrders.list(new WorkOrderQuery(Set.of(), Set.of(), alert.zoneId(), null, SEARCH_LIMIT)));
        }
        List<String> assets = new ArrayList<>(meters);
        if (alert.premiseId() != null) {
            assets.add(alert.premiseId());
        }
        for (String asset : assets) {
            candidates.addAll(workOrders.list(new WorkOrderQuery(Set.of(), Set.of(), null, asset, SEARCH_LIMIT)));
        }
        return candidates.stream()
                .filter(o -> !o.content().evidence().alertIds().contains(alert.id()))
                .filter(o -> o.status().open() || !o.updatedAt().isBefore(since))
                .collect(java.util.stream.Collectors.toMap(
                        WorkOrder::id, o -> o, (a, b) -> a, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }

    // EPA table 6-1's "utility work nearby": a crew on the mains or hydrants, not an office task
    private static boolean fieldWork(WorkOrder order) {
        boolean mainsWork = switch (order.content().type()) {
            case REPAIR, FLUSHING, INSPECTION, LEAK_SURVEY -> true;
            default -> false;
        };
        boolean inTheField = switch (order.status()) {
            case SENT, ACKNOWLEDGED, IN_PROGRESS, COMPLETED, CLOSED -> true;
            default -> false;
        };
        return mainsWork && inTheField;
    }

    /** The meters an alert is about: the premise's meters for a premise-level alert, else its own source. */
    static List<String> metersOf(String sourceId, Network network) {
        boolean premise = network.element(sourceId)
                .map(e -> e.kind() == ElementKind.PREMISE)
                .orElse(false);
        if (!premise) {
            return List.of(sourceId);
        }
        return network.to(sourceId).stream()
                .filter(r -> r.type() == RelationType.SERVES)
                .map(Relation::from)
                .filter(id -> network.element(id).map(NetworkElement::kind).orElse(null) == ElementKind.METER)
                .sorted()
                .toList();
    }

    // Earlier alerts at the alert's source and, for a premise, at each of its meters; newest first.
    private List<Alert> earlierAlerts(Alert alert, List<String> meters) {
        Map<String, Alert> byId = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>(meters);
        if (!sources.contains(alert.sourceId())) {
            sources.add(alert.sourceId());
        }
        for (String source : sources) {
            alerts.search(new AlertQuery(null, null, null, source, null, alert.time(), SEARCH_LIMIT)).stream()
                    .filter(a -> !a.id().equals(alert.id()))
                    .forEach(a -> byId.putIfAbsent(a.id(), a));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Alert::time).reversed())
                .toList();
    }

    // EPA 6.1 speaks of "backflow alerts from multiple meters": other meters' backflow alerts, nothing else.
    private static int otherBackflowMeters(List<Alert> zoneAlerts, Alert alert, List<String> meters) {
        return (int) zoneAlerts.stream()
                .filter(a -> a.type() == AlertType.BACKFLOW || a.type() == AlertType.BACKFLOW_AND_TAMPER)
                .filter(a -> !meters.contains(a.sourceId())
                        && !a.sourceId().equals(alert.sourceId())
                        && (a.premiseId() == null || !a.premiseId().equals(alert.premiseId())))
                .map(Alert::sourceId)
                .distinct()
                .count();
    }
}
