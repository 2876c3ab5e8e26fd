package org.headwater.app.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.detect.quality.LiveStationDetector;
import org.headwater.detect.quality.ShiftDetectorSettings;
import org.headwater.detect.quality.StationSensor;
import org.headwater.detect.quality.WaterQualityStation;
import org.headwater.detect.quality.WaterQualityStations;
import org.headwater.network.Network;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every water-quality station of the current network live: each stored batch's readings of
 * station sensors go to their station's detector, and the alerts it raises or clears go through
 * {@link AlertPipeline#publish} (stored, grouped into incidents with nearby backflow and pressure
 * alerts, broadcast). The stations are rebuilt when the network changes or the server starts: open
 * water-quality alerts are restored, and each station re-learns from the stored readings of the last
 * learning period before the batch that triggered the rebuild, so it is ready again at once.
 */
@Component
class WaterQualityMonitoring implements DeliveryConsumer {

    private static final Logger log = LoggerFactory.getLogger(WaterQualityMonitoring.class);

    private final CurrentNetwork currentNetwork;
    private final Readings readings;
    private final Alerts alerts;
    private final AlertPipeline pipeline;
    private final Clock clock;
    private final WaterQualityProperties properties;
    private @Nullable Network monitoredNetwork;
    private final Map<String, LiveStationDetector> stationBySensor = new HashMap<>();

    WaterQualityMonitoring(
            CurrentNetwork currentNetwork,
            Readings readings,
            Alerts alerts,
            AlertPipeline pipeline,
            Clock clock,
            WaterQualityProperties properties) {
        this.currentNetwork = currentNetwork;
        this.readings = readings;
        this.alerts = alerts;
        this.pipeline = pipeline;
        this.clock = clock;
        this.properties = properties;
    }

    // The water-quality consumer of stored telemetry (ADR 0010).
    @Override
    public String name() {
        return "water-quality";
    }

    @Override
    public Topic topic() {
        return Topic.TELEMETRY;
    }

    @Override
    public void accept(DeliveredEvent event) {
        onStored((StoredTelemetry) event);
    }

    public synchronized void onStored(StoredTelemetry stored) {
        Network network = currentNetwork.get();
        Map<LiveStationDetector, List<Reading>> byStation = new LinkedHashMap<>();
        if (network != monitoredNetwork) {
            rebuild(network, stored.batch().readings());
        }
        for (Reading reading : stored.batch().readings()) {
            LiveStationDetector station = stationBySensor.get(reading.sourceId());
            if (station != null) {
                byStation.computeIfAbsent(station, s -> new ArrayList<>()).add(reading);
            }
        }
        List<AlertEvent> events = new ArrayList<>();
        byStation.forEach((station, stationReadings) -> {
            stationReadings.sort(Comparator.comparing(Reading::time));
            events.addAll(station.accept(stationReadings));
        });
        if (!events.isEmpty()) {
            pipeline.publish(events);
        }
    }

    private void rebuild(Network network, List<Reading> triggering) {
        stationBySensor.clear();
        monitoredNetwork = network;
        List<WaterQualityStation> stations = WaterQualityStations.of(network);
        Map<String, Alert> open = new HashMap<>();
        alerts.active().stream()
                .filter(a -> a.type() == AlertType.WATER_QUALITY_EVENT)
                .forEach(a -> open.put(a.sourceId(), a));
        Instant now = clock.instant();
        List<AlertEvent> events = new ArrayList<>();
        for (WaterQualityStation station : stations) {
            LiveStationDetector detector = new LiveStationDetector(
                    station,
                    ShiftDetectorSettings.tunedOnGecco(),
                    properties.step(),
                    properties.lateness(),
                    properties.learningPeriod());
            Alert active = open.get(station.id());
            if (active != null) {
                detector.restore(active);
            }
            events.addAll(detector.accept(history(station, now, triggering)));
            station.sensors().forEach(s -> stationBySensor.put(s.sensorId(), detector));
        }
        if (!events.isEmpty()) {
            pipeline.publish(events);
        }
        log.info("Water-quality stations ready for {}: {}", network.name(), stations.size());
    }

    // The last learning period before the triggering batch: that batch itself is fed live afterwards.
    private List<Reading> history(WaterQualityStation station, Instant now, List<Reading> triggering) {
        Instant to = triggering.stream()
                .filter(r -> station.channelOf(r.sourceId()) >= 0)
                .map(Reading::time)
                .min(Comparator.naturalOrder())
                .orElse(now);
        Instant from = to.minus(properties.learningPeriod());
        List<Reading> history = new ArrayList<>();
        for (StationSensor sensor : station.sensors()) {
            history.addAll(readings.between(sensor.sensorId(), sensor.measurand(), from, to));
        }
        history.sort(Comparator.comparing(Reading::time));
        return history;
    }
}
