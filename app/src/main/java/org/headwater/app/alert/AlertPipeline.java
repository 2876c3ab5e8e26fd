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
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentEvent;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.app.ingest.TelemetryStored;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.DetectionResult;
import org.headwater.detect.ami.DetectorChain;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.detect.incident.GroupingRules;
import org.headwater.detect.incident.IncidentGrouper;
import org.headwater.detect.incident.NetworkProximity;
import org.headwater.network.Network;
import org.headwater.store.PostgresAlerts;
import org.headwater.store.PostgresIncidents;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The detectors in the running server: every stored batch goes through the detector chain; raised
 * and cleared alerts are stored, grouped into incidents and broadcast. The chain is rebuilt from the
 * store when the network changes or the server starts (ADR 0007: active alerts restored, recent
 * history replayed), and a meter whose reads arrive after it was already detected is replayed.
 */
@Component
public class AlertPipeline {

    private static final Logger log = LoggerFactory.getLogger(AlertPipeline.class);
    private static final int REBUILD_CHUNK = 1_000;
    private static final List<Measurand> DETECTED =
            List.of(Measurand.INTERVAL_VOLUME, Measurand.REGISTER, Measurand.PRESSURE);

    private final CurrentNetwork currentNetwork;
    private final Thresholds thresholds;
    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Quarantine quarantine;
    private final PostgresAlerts alerts;
    private final PostgresIncidents incidents;
    private final AlertBroadcaster broadcaster;
    private final Clock clock;
    private final HeadwaterDetectProperties properties;
    private @Nullable Network chainNetwork;
    private @Nullable DetectorChain chain;
    private @Nullable IncidentGrouper grouper;

    AlertPipeline(
            CurrentNetwork currentNetwork,
            Thresholds thresholds,
            Readings readings,
            MeterEvents meterEvents,
            Quarantine quarantine,
            PostgresAlerts alerts,
            PostgresIncidents incidents,
            AlertBroadcaster broadcaster,
            Clock clock,
            HeadwaterDetectProperties properties) {
        this.currentNetwork = currentNetwork;
        this.thresholds = thresholds;
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.quarantine = quarantine;
        this.alerts = alerts;
        this.incidents = incidents;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener
    public synchronized void onStored(TelemetryStored stored) {
        DetectorChain current = chain();
        current.accept(stored.batch().readings(), stored.batch().events());
        handle(current.advanceTo(clock.instant()));
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
                new ChainSettings(properties.allowedLateness(), properties.utilityZone()),
                clock);
        grouper = new IncidentGrouper(rules, new NetworkProximity(network, rules));
        chainNetwork = network;
        List<Alert> active = alerts.active();
        chain.restore(active);
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
        for (AlertEvent event : result.alertEvents()) {
            boolean known = event instanceof AlertEvent.AlertRaised raised
                    && alerts.find(raised.alert().id()).isPresent();
            alerts.record(event);
            if (known) {
                continue;
            }
            broadcaster.send("alert", event);
            if (event instanceof AlertEvent.AlertRaised raised) {
                save(grouper.onRaised(raised.alert()));
            }
        }
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
            broadcaster.send("incident", event);
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
