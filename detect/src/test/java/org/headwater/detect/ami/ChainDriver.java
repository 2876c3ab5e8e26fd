package org.headwater.detect.ami;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Thresholds;
import org.headwater.network.Network;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.MeterBuilder;

/** Drives the production {@link DetectorChain} over a small network and keeps every event it emitted. */
final class ChainDriver {

    static final Instant START = Instant.parse("2024-05-06T00:00:00Z"); // a Monday

    final Thresholds thresholds = new Thresholds(Clock.fixed(START, ZoneOffset.UTC));
    final DetectorChain chain;
    final List<AlertEvent> events = new ArrayList<>();
    final List<DetectionResult> results = new ArrayList<>();

    ChainDriver(MeterBuilder... meters) {
        this(ChainSettings.immediate(), meters);
    }

    ChainDriver(ChainSettings settings, MeterBuilder... meters) {
        Network.Builder network = Network.builder("test");
        for (MeterBuilder meter : meters) {
            meter.addTo(network);
        }
        chain = new DetectorChain(
                new NetworkSourceDirectory(network.build()), thresholds, settings, Clock.fixed(START, ZoneOffset.UTC));
    }

    /** Feeds the inputs as one batch and advances to the newest event time among them. */
    ChainDriver feed(Collection<Reading> readings, Collection<MeterEvent> meterEvents) {
        chain.accept(readings, meterEvents);
        Instant newest = START;
        for (Reading r : readings) {
            newest = r.time().isAfter(newest) ? r.time() : newest;
        }
        for (MeterEvent e : meterEvents) {
            newest = e.time().isAfter(newest) ? e.time() : newest;
        }
        keep(chain.advanceTo(newest));
        return this;
    }

    ChainDriver feed(Collection<Reading> readings) {
        return feed(readings, List.of());
    }

    ChainDriver advanceTo(Instant now) {
        keep(chain.advanceTo(now));
        return this;
    }

    private void keep(DetectionResult result) {
        results.add(result);
        events.addAll(result.alertEvents());
    }

    List<Alert> raised() {
        return events.stream()
                .filter(e -> e instanceof AlertEvent.AlertRaised)
                .map(e -> ((AlertEvent.AlertRaised) e).alert())
                .toList();
    }

    List<Alert> raised(AlertType type) {
        return raised().stream().filter(a -> a.type() == type).toList();
    }

    List<AlertEvent.AlertCleared> cleared(AlertType type) {
        return events.stream()
                .filter(e ->
                        e instanceof AlertEvent.AlertCleared c && c.condition().type() == type)
                .map(e -> (AlertEvent.AlertCleared) e)
                .toList();
    }
}
