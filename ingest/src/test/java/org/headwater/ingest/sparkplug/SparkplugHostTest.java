package org.headwater.ingest.sparkplug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.headwater.ingest.sparkplug.TahuEdgeNode.byAlias;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.tahu.message.model.MetricDataType;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;
import org.headwater.testkit.EmbeddedMqttBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real MQTT broker (Moquette, in-process) and edge nodes whose payloads Eclipse Tahu encodes. */
class SparkplugHostTest {

    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final Instant T1 = NOW.minusSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final List<TahuEdgeNode.Declared> STATION = List.of(
            new TahuEdgeNode.Declared("PS1/Pressure", 1, MetricDataType.Float, 60.0f, "psi"),
            new TahuEdgeNode.Declared("PS1/Level", 2, MetricDataType.Double, 3.5, null),
            new TahuEdgeNode.Declared("PS1/Mode", 3, MetricDataType.String, "auto", null),
            new TahuEdgeNode.Declared("Unmapped/Temperature", 4, MetricDataType.Double, 11.0, null));
    private static final List<TahuEdgeNode.Declared> PUMP =
            List.of(new TahuEdgeNode.Declared("Flow", 10, MetricDataType.Double, 12.0, "l/s"));

    private final Collected sink = new Collected();
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(Clock.fixed(NOW, ZoneOffset.UTC));
    private EmbeddedMqttBroker broker;
    private SparkplugHost host;
    private TahuEdgeNode edge;
    private Mqtt3BlockingClient observer;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        broker = EmbeddedMqttBroker.start();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var directory = new InMemoryMeterDirectory()
                .putSensor("ps1-pressure")
                .putSensor("ps1-level")
                .putSensor("ps1-mode")
                .putSensor("pump1-flow");
        TagMap map = TagMap.of(
                "test-map",
                List.of(
                        TagMapping.of(
                                "water/station-1:PS1/Pressure", "ps1-pressure", Measurand.PRESSURE, Unit.KILOPASCAL),
                        TagMapping.of("water/station-1:PS1/Level", "ps1-level", Measurand.LEVEL, Unit.METRE),
                        TagMapping.of("water/station-1:PS1/Mode", "ps1-mode", Measurand.LEVEL, Unit.METRE),
                        TagMapping.of(
                                "water/station-1/pump-1:Flow", "pump1-flow", Measurand.FLOW, Unit.LITRE_PER_SECOND)));
        observer = MqttClient.builder()
                .useMqttVersion3()
                .identifier("observer")
                .serverHost("127.0.0.1")
                .serverPort(broker.port())
                .buildBlocking();
        observer.connect();
        observer.toAsync()
                .publishes(
                        MqttGlobalPublishFilter.ALL,
                        p -> commands.add(p.getTopic().toString()));
        observer.subscribeWith()
                .topicFilter("spBv1.0/+/NCMD/#")
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        observer.subscribeWith()
                .topicFilter("spBv1.0/+/DCMD/#")
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        host = new SparkplugHost(
                new SparkplugHostSettings(
                        "127.0.0.1",
                        broker.port(),
                        "headwater",
                        "headwater-host",
                        "+",
                        null,
                        null,
                        Duration.ofSeconds(30)),
                ReadIntake.withDefaults(directory, clock),
                new SparkplugMetricIntake(map),
                sink,
                board.register("sparkplug", "test"),
                clock);
        host.start();
        edge = new TahuEdgeNode(broker.port(), "water", "station-1");
    }

    @AfterEach
    void stop() {
        edge.close();
        host.close();
        observer.disconnect();
        broker.close();
    }

    @Test
    void birthsAndDataByAliasBecomeReadingsAtTheMetricTimestampInCanonicalUnits() {
        edge.birth(STATION);
        edge.deviceBirth("pump-1", PUMP);
        edge.data(T1, byAlias(1, MetricDataType.Float, 50.0f), byAlias(2, MetricDataType.Double, 3.25));
        edge.deviceData("pump-1", T1, byAlias(10, MetricDataType.Double, 14.5));

        await().atMost(WAIT).until(() -> sink.readingsAt(T1).size() == 3);
        assertThat(sink.readingsAt(T1))
                .extracting(Reading::sourceId, Reading::measurand, Reading::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "ps1-pressure",
                                Measurand.PRESSURE,
                                Unit.PSI.toCanonical(50.0)), // engUnit psi from the birth
                        org.assertj.core.groups.Tuple.tuple("ps1-level", Measurand.LEVEL, 3.25),
                        org.assertj.core.groups.Tuple.tuple("pump1-flow", Measurand.FLOW, 14.5));
        assertThat(host.unmapped()).isEqualTo(1); // Unmapped/Temperature in the birth: skipped, not quarantined
        assertThat(host.rebirthRequests()).isZero();
        ConnectorStatus status = board.statuses().get(0);
        assertThat(status.lastValueTime()).isNotNull();
        assertThat(status.values()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEdgeNodeThatDiesMarksItsSensorsStaleAndIsReadAgainOnceReborn() {
        edge.birth(STATION);
        edge.deviceBirth("pump-1", PUMP);
        edge.deviceDeath("pump-1");
        await().atMost(WAIT).until(() -> host.staleSensors().equals(java.util.Set.of("pump1-flow")));

        edge.die();
        await().atMost(WAIT).until(() -> host.staleSensors().size() == 4);
        assertThat(host.staleSensors())
                .containsExactlyInAnyOrder("ps1-pressure", "ps1-level", "ps1-mode", "pump1-flow");

        edge.birth(STATION); // reborn: a new bdSeq, sequence from 0, the device's birth follows
        await().atMost(WAIT).until(() -> host.staleSensors().isEmpty());
        edge.data(T1, byAlias(2, MetricDataType.Double, 4.0));
        await().atMost(WAIT).until(() -> sink.readingsAt(T1).size() == 1);
        assertThat(sink.readingsAt(T1).get(0).value()).isEqualTo(4.0);
        assertThat(commands).isEmpty();
    }

    @Test
    void aSequenceGapCausesExactlyOneRebirthRequestAndNothingElseIsEverSent() {
        edge.birth(STATION);
        edge.answerRebirthRequests(false);
        edge.skip(3);
        edge.data(T1, byAlias(2, MetricDataType.Double, 1.0));
        edge.skip(2);
        edge.data(
                T1.plusSeconds(1),
                byAlias(2, MetricDataType.Double, 2.0)); // still waiting for the birth: no second ask
        await().atMost(WAIT)
                .until(() -> sink.readings().stream()
                                .filter(r -> r.sourceId().equals("ps1-level"))
                                .count()
                        >= 3);
        await().atMost(WAIT).until(() -> edge.rebirthRequests().size() == 1);

        edge.birth(STATION); // the answer
        edge.data(T1.plusSeconds(2), byAlias(2, MetricDataType.Double, 3.0));
        await().atMost(WAIT).until(() -> sink.readingsAt(T1.plusSeconds(2)).size() == 1);

        assertThat(host.rebirthRequests()).isEqualTo(1);
        assertThat(commands).containsExactly("spBv1.0/water/NCMD/station-1");
        assertThat(edge.rebirthRequests().get(0).getMetrics())
                .singleElement()
                .satisfies(m -> assertThat(m.getName()).isEqualTo("Node Control/Rebirth"));
    }

    @Test
    void theHostAnnouncesItselfOnlineWithARetainedStateMessageAndOfflineWhenItCloses() throws Exception {
        assertThat(retainedState()).contains("\"online\":true");
        host.close();
        assertThat(retainedState()).contains("\"online\":false");
        host.start();
    }

    @Test
    void aMalformedPayloadIsQuarantinedAndTheHostKeepsReading() {
        edge.birth(STATION);
        edge.publishRaw("NDATA", new byte[] {0x12, 0x7f, 0x01, 0x02});

        await().atMost(WAIT)
                .until(() -> !sink.rejected(RejectionReason.MALFORMED_RECORD).isEmpty());
        RejectedRecord bad = sink.rejected(RejectionReason.MALFORMED_RECORD).get(0);
        assertThat(bad.detail()).contains("not a Sparkplug B payload");
        assertThat(bad.channel()).isEqualTo("sparkplug:spBv1.0/water/NDATA/station-1");

        edge.data(T1, byAlias(2, MetricDataType.Double, 2.0));
        await().atMost(WAIT).until(() -> sink.readingsAt(T1).size() == 1);
    }

    @Test
    void dataBeforeAnyBirthIsQuarantinedAndARebirthIsRequested() {
        edge.answerRebirthRequests(false);
        edge.data(T1, byAlias(2, MetricDataType.Double, 2.0));

        await().atMost(WAIT).until(() -> !sink.rejected().isEmpty());
        assertThat(sink.rejected().get(0).reason()).isEqualTo(RejectionReason.MALFORMED_RECORD);
        assertThat(sink.rejected().get(0).detail()).contains("alias 2").contains("before its edge node's NBIRTH");
        await().atMost(WAIT).until(() -> edge.rebirthRequests().size() == 1);
        assertThat(sink.readings()).isEmpty();
    }

    @Test
    void anUnknownAliasAfterTheBirthIsQuarantinedWithTheAlias() {
        edge.birth(STATION);
        edge.data(T1, byAlias(99, MetricDataType.Double, 2.0));

        await().atMost(WAIT)
                .until(() -> !sink.rejected(RejectionReason.MALFORMED_RECORD).isEmpty());
        assertThat(sink.rejected(RejectionReason.MALFORMED_RECORD))
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("alias 99").contains("not declared in a birth"));
    }

    @Test
    void aTextMetricMappedToANumberIsQuarantinedAsATypeMismatch() {
        edge.birth(STATION); // PS1/Mode is a String metric mapped to a level sensor

        await().atMost(WAIT).until(() -> !sink.rejected().isEmpty());
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_NUMBER);
            assertThat(r.raw()).contains("PS1/Mode");
        });
        assertThat(sink.readings()).extracting(Reading::sourceId).contains("ps1-pressure", "ps1-level");
    }

    private String retainedState() throws Exception {
        Mqtt3BlockingClient reader = MqttClient.builder()
                .useMqttVersion3()
                .identifier("state-reader")
                .serverHost("127.0.0.1")
                .serverPort(broker.port())
                .buildBlocking();
        reader.connect();
        try (var publishes = reader.publishes(MqttGlobalPublishFilter.ALL)) {
            reader.subscribeWith().topicFilter("spBv1.0/STATE/headwater").send();
            return new String(
                    publishes
                            .receive(5, java.util.concurrent.TimeUnit.SECONDS)
                            .orElseThrow()
                            .getPayloadAsBytes(),
                    StandardCharsets.UTF_8);
        } finally {
            reader.disconnect();
        }
    }

    private static final class Collected implements TelemetrySink {
        private final List<IngestBatch> batches = new CopyOnWriteArrayList<>();

        @Override
        public void accept(IngestBatch batch) {
            batches.add(batch);
        }

        List<Reading> readings() {
            return batches.stream().flatMap(b -> b.readings().stream()).toList();
        }

        List<Reading> readingsAt(Instant time) {
            return readings().stream().filter(r -> r.time().equals(time)).toList();
        }

        List<RejectedRecord> rejected() {
            return batches.stream().flatMap(b -> b.rejected().stream()).toList();
        }

        List<RejectedRecord> rejected(RejectionReason reason) {
            return rejected().stream().filter(r -> r.reason() == reason).toList();
        }
    }
}
