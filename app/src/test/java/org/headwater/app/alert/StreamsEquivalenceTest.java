package org.headwater.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertLog;
import org.headwater.alert.AlertType;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.streams.DetectorTopology;
import org.headwater.streams.SourceInputs;
import org.headwater.streams.StreamsSettings;
import org.headwater.streams.TelemetrySerdes;
import org.headwater.telemetry.IngestBatch;
import org.headwater.testkit.InMemoryAlertLog;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.InMemoryMeterEvents;
import org.headwater.testkit.InMemoryNetworks;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;
import org.headwater.testkit.SyntheticTown;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same feed through the single-node path (stored batches into {@link AlertPipeline}, advanced to
 * the server's clock) and through the Kafka Streams topology (the production builder under
 * {@link TopologyTestDriver}, its wall-clock punctuator at the same times) raises and clears the same
 * alerts, in the same order, and records the same alerts in the app.
 */
class StreamsEquivalenceTest {

    private static final Instant START = Instant.parse("2024-05-06T00:00:00Z");

    @TempDir
    Path stateDir;

    /** Everything handed to an alert log, and what it published as new. */
    private static final class Recording implements AlertLog {
        private final AlertLog real;
        final List<AlertEvent> handed = new ArrayList<>();
        final List<AlertEvent> published = new ArrayList<>();

        Recording(AlertLog real) {
            this.real = real;
        }

        @Override
        public List<AlertEvent> record(List<AlertEvent> events) {
            handed.addAll(events);
            List<AlertEvent> fresh = real.record(events);
            published.addAll(fresh);
            return fresh;
        }
    }

    private static Recording newLog(SettableClock clock, InMemoryAlerts alerts) {
        return new Recording(new InMemoryAlertLog(alerts, new InMemoryDeliveries(), topic -> List.of(), clock));
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 2024})
    void theSingleNodePathAndTheTopologyRaiseAndClearTheSameAlerts(long seed) {
        SyntheticTown town = new SyntheticTown(seed, 20, 5, START);
        List<AlertEvent> singleNode = singleNode(town).published;
        Recording recordedFromTopic = throughTheTopology(town);

        assertThat(singleNode)
                .extracting(e -> e.getClass().getSimpleName() + " " + e.alertId())
                .hasSizeGreaterThan(10);
        assertThat(singleNode)
                .filteredOn(AlertEvent.AlertRaised.class::isInstance)
                .map(e -> ((AlertEvent.AlertRaised) e).alert().type())
                .contains(AlertType.BACKFLOW, AlertType.NON_REPORTING, AlertType.CONTINUOUS_LEAK);
        assertThat(recordedFromTopic.handed).containsExactlyElementsOf(singleNode);
        assertThat(recordedFromTopic.published).containsExactlyElementsOf(singleNode);
    }

    private static Recording singleNode(SyntheticTown town) {
        SettableClock clock = new SettableClock(START);
        InMemoryReadings readings = new InMemoryReadings();
        InMemoryMeterEvents events = new InMemoryMeterEvents();
        CurrentNetwork network = new CurrentNetwork(new InMemoryNetworks());
        network.replace(town.network());
        InMemoryAlerts alerts = new InMemoryAlerts();
        Recording log = newLog(clock, alerts);
        AlertPipeline pipeline = InMemoryPipelines.on(network, clock, readings, events, alerts, log);
        List<IngestBatch> hours = town.hours();
        for (int h = 0; h < hours.size(); h++) {
            clock.set(town.arrivalOf(h));
            readings.append(hours.get(h).readings()); // what the store did before delivering the batch
            events.append(hours.get(h).events());
            pipeline.onStored(new StoredTelemetry(hours.get(h)));
        }
        return log;
    }

    private Recording throughTheTopology(SyntheticTown town) {
        StreamsSettings settings = StreamsSettings.of("unused:9092", "headwater-detectors");
        Properties config = settings.streamsConfig();
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        SettableClock clock = new SettableClock(START);
        Recording log = newLog(clock, new InMemoryAlerts());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                DetectorTopology.build(
                        settings,
                        new NetworkSourceDirectory(town.network()),
                        new Thresholds(clock),
                        new ChainSettings(Duration.ZERO, ZoneOffset.UTC),
                        clock),
                config,
                START)) {
            TestInputTopic<String, SourceInputs> in = driver.createInputTopic(
                    settings.readingsTopic(),
                    new StringSerializer(),
                    TelemetrySerdes.sourceInputs().serializer());
            TestOutputTopic<String, AlertEvent> out = driver.createOutputTopic(
                    settings.alertsTopic(),
                    new StringDeserializer(),
                    TelemetrySerdes.alertEvents().deserializer());
            List<IngestBatch> hours = town.hours();
            Instant wall = START;
            for (int h = 0; h < hours.size(); h++) {
                for (SourceInputs source : SourceInputs.bySource(hours.get(h))) {
                    in.pipeInput(source.sourceId(), source, source.newest());
                }
                Instant arrival = town.arrivalOf(h);
                driver.advanceWallClockTime(Duration.between(wall, arrival));
                wall = arrival;
                clock.set(arrival);
                List<AlertEvent> emitted = out.readValuesToList();
                if (!emitted.isEmpty()) {
                    log.record(emitted); // what the app's consumer of the alerts topic does
                }
            }
        }
        return log;
    }
}
