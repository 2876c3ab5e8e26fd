package org.headwater.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A meter gateway that must not lose a message: QoS 1 over a persistent session (clean session off)
 * with automatic reconnect, so messages in flight when the broker goes away are sent again on the
 * same session; a publish that still fails is tried again after a pause until the broker acknowledges
 * it. At most {@code inFlight} messages wait for an acknowledgement; {@link #publish} blocks for room,
 * which is how a gateway buffers while its broker is down without growing without bound.
 */
final class RetryingMqttPublisher implements AutoCloseable {

    private static final long RETRY_AFTER_MILLIS = 500;

    private final Mqtt3AsyncClient client;
    private final Semaphore room;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("mqtt-retry").factory());
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    RetryingMqttPublisher(String host, int port, String clientId, int inFlight) {
        this.client = MqttClient.builder()
                .useMqttVersion3()
                .identifier(clientId)
                .serverHost(host)
                .serverPort(port)
                .automaticReconnect()
                .initialDelay(200, TimeUnit.MILLISECONDS)
                .maxDelay(2, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .buildAsync();
        this.room = new Semaphore(inFlight);
    }

    void connect() throws Exception {
        client.connect(Mqtt3Connect.builder().cleanSession(false).keepAlive(10).build())
                .get(30, TimeUnit.SECONDS);
    }

    /** Hands one message to the client, waiting while {@code inFlight} messages are unacknowledged. */
    void publish(String topic, String json) throws InterruptedException {
        room.acquire();
        send(Mqtt3Publish.builder()
                .topic(topic)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(json.getBytes(StandardCharsets.UTF_8))
                .build());
    }

    private void send(Mqtt3Publish message) {
        client.publish(message).whenComplete((done, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
                room.release();
            } else {
                retried.incrementAndGet();
                retries.schedule(() -> send(message), RETRY_AFTER_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Messages the broker acknowledged (PUBACK). */
    long acknowledged() {
        return acknowledged.get();
    }

    /** Publishes that failed and were tried again. */
    long retried() {
        return retried.get();
    }

    @Override
    public void close() {
        retries.shutdownNow();
        try {
            client.disconnect().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Already gone: nothing is left to hand over once every message was acknowledged.
        }
    }
}
