package org.headwater.app.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertLog;
import org.headwater.alert.Alerts;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentEvent;
import org.headwater.alert.Incidents;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.app.delivery.BatchDeliveryConsumer;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.DetectionResult;
import org.headwater.detect.ami.DetectorChain;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.detect.incident.GroupingRules;
import org.headwater.detect.incident.IncidentGrouper;
import org.headwater.detect.incident.NetworkProximity;
import org.headwater.network.Network;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The detectors in the running server, the {@value #DETECTORS} consumer of stored telemetry: every
 * stored batch goes through the detector chain; raised and cleared alerts are recorded and published
 * in one transaction ({@link AlertLog}), and reach grouping, live screens, escalation and the audit
 * trail through the delivery path (ADR 0010), each once. The chain is rebuilt from the store when the
 * network changes or the server starts (ADR 0007: active alerts restored, recent history replayed),
 * and after a failed delivery, so a retried batch meets a chain that matches what was recorded. A
 * meter whose reads arrive after it was already detected is replayed.
 */
@Component
public class AlertPipeline implements BatchDeliveryConsumer {

    static final String DETECTORS = "detectors";

    private static final Logger log = LoggerFactory.getLogger(AlertPipeline.class);
    private static final int REBUILD_CHUNK = 1_000;
    private static final List<Measurand> DETECTED =
            List.of(Measurand.INTERVAL_VOLUME, Measurand.REGISTER, Measurand.PRESSURE);

    private final CurrentNetwork currentNetwork;
    private final Thresholds thresholds;
    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Quarantine quarantine;
    private final Alerts alerts;
    private final Incidents incidents;
    private final AlertLog alertLog;
    private final AlertBroadcaster broadcaster;
    private final Clock clock;
    private final HeadwaterDetectProperties properties;
    private final UtilityCalendar calendar;
    private @Nullable Network chainNetwork;
    private @Nullable DetectorChain chain;
    private @Nullable IncidentGrouper grouper;
    private boolean detectsHere = true;

    AlertPipeline(
            CurrentNetwork currentNetwork,
            Thresholds thresholds,
            Readings readings,
            MeterEvents meterEvents,
            Quarantine quarantine,
            Alerts alerts,
            Incidents incidents,
            AlertLog alertLog,
            AlertBroadcaster broadcaster,
            Clock clock,
            HeadwaterDetectProperties properties,
            UtilityCalendar calendar) {
        this.calendar = calendar;
        this.currentNetwork = currentNetwork;
        this.thresholds = thresholds;
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.quarantine = quarantine;
        this.alerts = alerts;
        this.incidents = incidents;
        this.alertLog = alertLog;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public String name() {
        return DETECTORS;
    }

    @Override
    public Topic topic() {
        return Topic.TELEMETRY;
    }

    @Override
    public void accept(DeliveredEvent event) {
        onStored((StoredTelemetry) event);
    }

    @Override
    public void acceptAll(List<DeliveredEvent> events) {
        onStored(events.stream().map(StoredTelemetry.class::cast).toList());
    }

    /** A stored batch (or one source's part of it) through the detectors. */
    public void onStored(StoredTelemetry stored) {
        onStored(List.of(stored));
    }

    /**
     * Stored batches, in the order they were stored, through the detectors; the clock is advanced and
     * what they raised is recorded once for all of them.
     */
    public synchronized void onStored(List<StoredTelemetry> batches) {
        if (!detectsHere) {
            return;
        }
        DetectorChain current = chain();
        try {
            for (StoredTelemetry stored : batches) {
                current.accept(stored.batch().readings(), stored.batch().events());
            }
            handle(current.advanceTo(clock.instant()));
        } catch (RuntimeException e) {
            // The chain may have moved on without its alerts being recorded: rebuild it from the store.
            chain = null;
            throw e;
        }
    }

    /** A recorded alert joins or opens an incident (the {@code incidents} consumer); incident changes go live. */
    synchronized void group(AlertEvent event) {
        chain();
        if (event instanceof AlertEvent.AlertRaised raised) {
            save(grouper.onRaised(raised.alert()));
        }
    }

    /**
     * Alerts raised outside the AMI detector chain (DMA night flow, online water quality): stored,
     * grouped into incidents and broadcast exactly like the chain's own.
     */
    public synchronized void publish(List<AlertEvent> events) {
        chain();
        handle(new DetectionResult(events, List.of(), List.of(), List.of()));
    }

    /** Advances time-driven detectors (non-reporting) and closes idle incidents. */
    public synchronized void advance() {
        handle(chain().advanceTo(clock.instant()));
    }

    /**
     * The scale-out deployment: the detector topology on Kafka detects, and this pipeline only records,
     * groups and streams what it and other sources publish. Stored batches pass by, and the chain holds
     * no meters, so it raises nothing from the clock either.
     */
    public synchronized void detectElsewhere() {
        detectsHere = false;
        chain = null;
    }

    /** After an investigation closed an alert: the condition may raise a new one. */
    public synchronized void forget(Alert closed) {
        chain().forget(closed.conditionKey());
    }

    private DetectorChain chain() {
        Network network = currentNetwork.get();
        if (chain == null || chainNetwork != network) {
            rebuild(network);
        }
        return chain;
    }

    private void rebuild(Network network) {
        GroupingRules rules = GroupingRules.defaults();
        chain = new DetectorChain(
                new NetworkSourceDirectory(network),
                thresholds,
                new ChainSettings(properties.allowedLateness(), calendar.zone()),
                clock);
        grouper = new IncidentGrouper(rules, new NetworkProximity(network, rules));
        chainNetwork = network;
        List<Alert> active = alerts.active();
        if (detectsHere) {
            chain.restore(active);
        }
        Map<String, Alert> byId = active.stream().collect(Collectors.toMap(Alert::id, a -> a, (a, b) -> a));
        for (Incident open : incidents.open()) {
            grouper.restore(
                    open,
                    open.alertIds().stream()
                            .map(byId::get)
                            .filter(a -> a != null)
                            .toList());
        }
        Instant now = clock.instant();
        if (!detectsHere) {
            return;
        }
        Instant from = now.minus(properties.replayOnStart());
        List<String> sources = network.elements().stream()
                .filter(e -> e.kind() == org.headwater.network.ElementKind.METER
                        || e.kind() == org.headwater.network.ElementKind.SENSOR)
                .map(e -> e.id())
                .toList();
        long replayed = 0;
        // A query per chunk of sources, not per source: a restart with 10,000 meters would otherwise
        // hold every stored batch behind 40,000 round trips.
        for (int start = 0; start < sources.size(); start += REBUILD_CHUNK) {
            List<String> chunk = sources.subList(start, Math.min(sources.size(), start + REBUILD_CHUNK));
            Map<String, List<Reading>> history = readings.between(chunk, DETECTED, from, now);
            Map<String, List<MeterEvent>> events = meterEvents.between(chunk, from, now);
            for (String source : chunk) {
                List<Reading> sourceHistory = history.getOrDefault(source, List.of());
                replayed += sourceHistory.size();
                chain.accept(sourceHistory, events.getOrDefault(source, List.of()));
            }
        }
        handle(chain.advanceTo(now));
        log.info(
                "Detectors ready for {} ({} active alerts restored, {} stored readings replayed)",
                network.name(),
                active.size(),
                replayed);
    }

    private List<Reading> history(String source, Instant from, Instant to) {
        return readings.between(List.of(source), DETECTED, from, to).getOrDefault(source, List.of());
    }

    private void handle(DetectionResult result) {
        quarantine.add(result.rejected());
        alertLog.record(result.alertEvents());
        save(grouper.closeIdle(clock.instant()));
        replayLate(result);
    }

    private void save(List<IncidentEvent> events) {
        for (IncidentEvent event : events) {
            Incident incident = switch (event) {
                case IncidentEvent.IncidentOpened opened -> opened.incident();
                case IncidentEvent.AlertJoinedIncident joined -> joined.incident();
                case IncidentEvent.IncidentClosed closed -> closed.incident();
            };
            incidents.save(incident);
            broadcaster.relay("incident", event);
        }
    }

    // Reads older than what a meter was already detected to: re-run that meter from the store.
    private void replayLate(DetectionResult result) {
        Set<String> late = new LinkedHashSet<>();
        result.lateReadings().forEach(r -> late.add(r.sourceId()));
        result.lateEvents().forEach(e -> late.add(e.meterId()));
        if (late.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant from = now.minus(properties.replayOnStart());
        Map<String, List<Alert>> activeBySource =
                alerts.active().stream().collect(Collectors.groupingBy(Alert::sourceId));
        for (String source : late) {
            List<MeterEvent> events = meterEvents.between(source, from, now);
            List<Alert> active = activeBySource.getOrDefault(source, List.of());
            DetectionResult replayed = chain.replay(source, history(source, from, now), events, active);
            if (!replayed.lateReadings().isEmpty() || !replayed.lateEvents().isEmpty()) {
                log.debug("Replay of {} still reports late inputs; they precede the replay window", source);
            }
            handle(new DetectionResult(replayed.alertEvents(), replayed.rejected(), List.of(), List.of()));
        }
    }
}
