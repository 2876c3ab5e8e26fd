package org.headwater.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.network.Network;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.testkit.InMemoryAlertLog;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.MeterBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real in-JVM KRaft broker: stored readings published by source, the detector topology under
 * exactly-once v2, and the alerts topic consumed into an alert log, each alert recorded once. It
 * can take over a minute on two shared cores (49 s and 75 s measured), so it runs as a bench, not in the suite:
 * {@code -Dheadwater.kafka-cluster-tests=true} (docs/scale-out.md).
 */
@EnabledIfSystemProperty(named = "headwater.kafka-cluster-tests", matches = "true")
class DetectorsOnKraftClusterTest {

    private static final int METERS = 6;

    @TempDir
    Path stateDir;

    @Test
    void alarmsPublishedToKafkaComeBackAsAlertsRecordedOnceEach() throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            StreamsSettings settings = new StreamsSettings(
                    cluster.bootstrapServers(),
                    "headwater-detectors-it",
                    "headwater.readings",
                    "headwater.alerts",
                    Duration.ofMillis(200),
                    DetectorTime.WALL_CLOCK,
                    Duration.ofDays(7));
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(
                                new NewTopic(settings.readingsTopic(), 3, (short) 1),
                                new NewTopic(settings.alertsTopic(), 1, (short) 1)))
                        .all()
                        .get();
            }
            Network.Builder town = Network.builder("it-town");
            for (int m = 0; m < METERS; m++) {
                MeterBuilder.aMeter().id("m" + m).serving("p" + m).inZone("z1").addTo(town);
            }
            Clock clock = Clock.systemUTC();
            Properties config = settings.streamsConfig();
            config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
            config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
            InMemoryAlerts alerts = new InMemoryAlerts();
            InMemoryAlertLog log = new InMemoryAlertLog(alerts, new InMemoryDeliveries(), topic -> List.of(), clock);
            List<AlertEvent> handed = Collections.synchronizedList(new ArrayList<>());
            Instant alarmTime = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);

            try (KafkaStreams detectors = new KafkaStreams(
                            DetectorTopology.build(
                                    settings,
                                    new NetworkSourceDirectory(town.build()),
                                    new Thresholds(clock),
                                    new ChainSettings(Duration.ZERO, ZoneOffset.UTC),
                                    clock),
                            config);
                    AlertsTopicConsumer recording =
                            AlertsTopicConsumer.connect(settings, "headwater-alerts-it", events -> {
                                handed.addAll(events);
                                log.record(events);
                            });
                    ValidatedReadingsPublisher publisher = ValidatedReadingsPublisher.connect(settings)) {
                detectors.start();
                recording.start();
                IngestBatch.Builder batch = IngestBatch.builder();
                for (int m = 0; m < METERS; m++) {
                    batch.add(new MeterEvent("m" + m, alarmTime, AlarmCode.REVERSE_FLOW, "RF"));
                }
                IngestBatch stored = batch.drain();
                publisher.publish(List.of(stored));
                publisher.publish(List.of(stored)); // a delivery retried after a lost acknowledgement

                await().atMost(Duration.ofSeconds(45))
                        .untilAsserted(() -> assertThat(
                                        alerts.active().stream().filter(a -> a.type() == AlertType.BACKFLOW))
                                .hasSize(METERS));
                Thread.sleep(1_000); // anything repeated would have come by now
            }

            List<String> backflowsHanded = handed.stream()
                    .filter(e ->
                            e instanceof AlertEvent.AlertRaised r && r.alert().type() == AlertType.BACKFLOW)
                    .map(AlertEvent::alertId)
                    .toList();
            assertThat(backflowsHanded).doesNotHaveDuplicates().hasSize(METERS);
            assertThat(alerts.active())
                    .filteredOn(a -> a.type() == AlertType.BACKFLOW)
                    .extracting(a -> a.time())
                    .containsOnly(alarmTime);
        }
    }
}
