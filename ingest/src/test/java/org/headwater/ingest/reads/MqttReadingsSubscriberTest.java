package org.headwater.ingest.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.headwater.testkit.EmbeddedMqttBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real MQTT broker (Moquette, in-process, on a free port). */
class MqttReadingsSubscriberTest {

    private static final Instant NOW = Instant.parse("2024-05-02T00:00:00Z");

    private EmbeddedMqttBroker broker;
    private final CollectingSink sink = new CollectingSink();
    private MqttReadingsSubscriber subscriber;
    private Mqtt3BlockingClient publisher;

    @BeforeEach
    void startBrokerAndSubscriber() {
        broker = EmbeddedMqttBroker.start();
        int port = broker.port();
        var directory = new InMemoryMeterDirectory().putMeter("m1", MeterSpec.residentialDefault());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var settings = new MqttSubscriberSettings(
                "127.0.0.1", port, "headwater-test", MqttSubscriberSettings.DEFAULT_TOPIC_FILTER, null, null, 4096);
        subscriber = new MqttReadingsSubscriber(settings, ReadIntake.withDefaults(directory, clock), sink, clock);
        subscriber.start();
        publisher = MqttClient.builder()
                .useMqttVersion3()
                .identifier("publisher")
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildBlocking();
        publisher.connect();
    }

    @AfterEach
    void stop() {
        publisher.disconnect();
        subscriber.close();
        broker.close();
    }

    @Test
    void publishedReadsArriveAtTheSink() {
        publish(MqttTopics.meterReads("demo", "m1"), """
                {"reads": [
                  {"time": "2024-05-01T00:00:00Z", "kind": "register", "value": 1.0, "unit": "m3"},
                  {"time": "2024-05-01T01:00:00Z", "kind": "register", "value": 1.2, "unit": "m3"}],
                 "alarms": [{"time": "2024-05-01T00:30:00Z", "code": "tamper"}]}
                """);

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.readings().size() == 3);
        assertThat(sink.readings(Measurand.REGISTER)).hasSize(2);
        assertThat(sink.readings(Measurand.INTERVAL_VOLUME))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isCloseTo(200, org.assertj.core.data.Offset.offset(1e-6)));
        assertThat(sink.events()).hasSize(1);
    }

    @Test
    void inBatchesAMessageNotYetStoredWhenTheSubscriberStopsIsDeliveredAgainToTheNextOne() {
        subscriber.close();
        var settings = new MqttSubscriberSettings(
                "127.0.0.1",
                broker.port(),
                "headwater-batching",
                MqttSubscriberSettings.DEFAULT_TOPIC_FILTER,
                null,
                null,
                4096);
        var directory = new InMemoryMeterDirectory().putMeter("m1", MeterSpec.residentialDefault());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CountDownLatch storeNeverFinishes = new CountDownLatch(1);
        var stuck = new BatchingTelemetrySink(
                batch -> {
                    try {
                        storeNeverFinishes.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                100,
                Duration.ofMillis(20),
                1,
                4);
        var crashing = MqttReadingsSubscriber.storingInBatches(
                settings, ReadIntake.withDefaults(directory, clock), stuck, clock);
        crashing.start();
        publish(
                MqttTopics.meterReads("demo", "m1"),
                "{\"reads\": [{\"time\": \"2024-05-01T00:00:00Z\", \"kind\": \"interval\", \"value\": 5, \"unit\": \"L\"}]}");
        await().atMost(Duration.ofSeconds(10)).until(() -> crashing.messages() == 1);
        crashing.close(); // as if the process died: the batch was taken but never stored, so never acknowledged

        var batching = new BatchingTelemetrySink(sink, 100, Duration.ofMillis(20), 1, 4);
        subscriber = MqttReadingsSubscriber.storingInBatches(
                settings, ReadIntake.withDefaults(directory, clock), batching, clock);
        subscriber.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> sink.readings().size() == 1);
        batching.close();
    }

    @Test
    void invalidJsonIsQuarantinedAndTheSubscriberKeepsWorking() {
        publish(MqttTopics.meterReads("demo", "m1"), "{\"reads\": [ {\"time\": ");
        await().atMost(Duration.ofSeconds(10)).until(() -> !sink.rejected().isEmpty());

        publish(MqttTopics.batches("demo"), """
                {"reads": [{"source": "m1", "time": "2024-05-01T00:00:00Z", "kind": "interval", "value": 5, "unit": "L"}]}
                """);

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.readings().size() == 1);
        RejectedRecord r = sink.rejected().get(0);
        assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_JSON);
        assertThat(r.channel()).isEqualTo("mqtt:headwater/v1/demo/meters/m1/reads");
    }

    @Test
    void oversizedPayloadIsQuarantined() {
        publish(MqttTopics.batches("demo"), "{\"reads\": [" + " ".repeat(5000) + "]}");

        await().atMost(Duration.ofSeconds(10)).until(() -> !sink.rejected().isEmpty());
        assertThat(sink.rejected().get(0).reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
        assertThat(subscriber.messages()).isEqualTo(1);
    }

    private void publish(String topic, String payload) {
        publisher
                .publishWith()
                .topic(topic)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8))
                .send();
    }
}
