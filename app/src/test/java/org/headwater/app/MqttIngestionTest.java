package org.headwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.ingest.reads.MqttTopics;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.RejectionReason;
import org.headwater.testkit.EmbeddedMqttBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running server subscribes to a real MQTT broker and stores what is published there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class MqttIngestionTest {

    static EmbeddedMqttBroker broker;
    static int port;

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        broker = EmbeddedMqttBroker.start();
        port = broker.port();
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.mqtt.enabled", () -> true);
        registry.add("headwater.mqtt.host", () -> "127.0.0.1");
        registry.add("headwater.mqtt.port", () -> port);
        registry.add("headwater.mqtt.client-id", () -> "headwater-under-test");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Autowired
    CurrentNetwork network;

    @Autowired
    Readings readings;

    @Autowired
    Quarantine quarantine;

    private static void publish(String topic, String payload) {
        Mqtt3BlockingClient client = MqttClient.builder()
                .useMqttVersion3()
                .identifier("field-gateway")
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildBlocking();
        client.connect();
        try {
            client.publishWith()
                    .topic(topic)
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(payload.getBytes(StandardCharsets.UTF_8))
                    .send();
        } finally {
            client.disconnect();
        }
    }

    @Test
    void publishedReadsAreStoredAndInvalidJsonIsQuarantinedWithoutStoppingTheSubscription() {
        network.replace(Network.builder("mqtt-town")
                .add(new NetworkElement(
                        "MTR-7",
                        ElementKind.METER,
                        "MTR-7",
                        null,
                        MeterSpec.residentialDefault().toAttributes()))
                .build());

        publish(MqttTopics.meterReads("demo", "MTR-7"), "{\"reads\": [ this is not json");
        publish(
                MqttTopics.meterReads("demo", "MTR-7"),
                "{\"reads\": [{\"time\": \"2024-07-01T10:00:00Z\", \"kind\": \"interval\", \"value\": 0.5, \"unit\": \"m3\"}]}");

        await().atMost(20, TimeUnit.SECONDS)
                .untilAsserted(() -> assertThat(readings.between(
                                "MTR-7",
                                Measurand.INTERVAL_VOLUME,
                                Instant.parse("2024-07-01T10:00:00Z"),
                                Instant.parse("2024-07-01T10:00:01Z")))
                        .singleElement()
                        .satisfies(r -> assertThat(r.value()).isEqualTo(500.0)));
        assertThat(quarantine.latest(Optional.of(RejectionReason.INVALID_JSON), 10))
                .anySatisfy(r -> assertThat(r.raw()).contains("this is not json"));
    }
}
