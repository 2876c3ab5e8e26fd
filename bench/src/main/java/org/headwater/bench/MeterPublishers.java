package org.headwater.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.ingest.reads.MqttTopics;

/**
 * Meters publishing hourly interval reads, one JSON read per QoS 1 message, on several threads
 * with one MQTT connection each, as fast as the broker acknowledges them. Message i carries
 * {@link SyntheticMeters} read i, so every message is a distinct reading and the store's count
 * must equal the number acknowledged.
 */
final class MeterPublishers {

    private final String host;
    private final int port;
    private final int threads;
    private final int inFlightPerConnection;
    private final Instant firstHour =
            Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(400));
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> running = new ArrayList<>();
    private final List<Mqtt3AsyncClient> clients = new ArrayList<>();
    private final List<Semaphore> inFlight = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param inFlightPerConnection unacknowledged messages per connection: a few keep the pipe full;
     *     many only queue up inside the broker ahead of the subscriber's acknowledgements
     */
    MeterPublishers(String host, int port, int threads, int inFlightPerConnection) {
        this.host = host;
        this.port = port;
        this.threads = threads;
        this.inFlightPerConnection = inFlightPerConnection;
    }

    void start() throws Exception {
        for (int t = 0; t < threads; t++) {
            Mqtt3AsyncClient client = MqttClient.builder()
                    .useMqttVersion3()
                    .identifier("headwater-bench-meters-" + t)
                    .serverHost(host)
                    .serverPort(port)
                    .buildAsync();
            client.connect().get(30, TimeUnit.SECONDS);
            clients.add(client);
            inFlight.add(new Semaphore(inFlightPerConnection));
        }
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(Thread.ofPlatform()
                    .name("meter-publisher-" + t)
                    .start(() -> publish(thread, clients.get(thread), inFlight.get(thread))));
        }
    }

    private void publish(int thread, Mqtt3AsyncClient client, Semaphore permits) {
        for (long i = thread; !stopping; i += threads) {
            String meterId = SyntheticMeters.meterId(i);
            String time =
                    firstHour.plus(Duration.ofHours(SyntheticMeters.hour(i))).toString();
            byte[] payload = ("{\"reads\":[{\"time\":\"" + time + "\",\"kind\":\"interval\",\"value\":"
                            + SyntheticMeters.litres(i) + ",\"unit\":\"L\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            permits.acquireUninterruptibly();
            client.publishWith()
                    .topic(MqttTopics.meterReads("bench", meterId))
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(payload)
                    .send()
                    .whenComplete((ack, error) -> {
                        (error == null ? acknowledged : failed).incrementAndGet();
                        permits.release();
                    });
        }
    }

    /** Messages the broker acknowledged so far. */
    long published() {
        return acknowledged.get();
    }

    long failures() {
        return failed.get();
    }

    /** Stops publishing, waits for the acknowledgements still due and disconnects; returns the acknowledged count. */
    long stop() throws Exception {
        stopping = true;
        for (Thread t : running) {
            t.join();
        }
        for (Semaphore permits : inFlight) {
            if (!permits.tryAcquire(inFlightPerConnection, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker did not acknowledge the last messages within 60 s");
            }
        }
        for (Mqtt3AsyncClient client : clients) {
            client.disconnect().get(30, TimeUnit.SECONDS);
        }
        return acknowledged.get();
    }
}
