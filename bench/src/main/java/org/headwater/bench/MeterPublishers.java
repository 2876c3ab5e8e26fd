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
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.headwater.ingest.reads.MqttTopics;

/**
 * Meters publishing hourly interval reads, one JSON read per QoS 1 message, on several threads
 * with one MQTT connection each, as fast as the broker acknowledges them and the store keeps up. Message i carries
 * {@link SyntheticMeters} read i, so every message is a distinct reading and the store's count
 * must equal the number acknowledged.
 */
final class MeterPublishers {

    /** Messages acknowledged by the broker but not yet stored, at most; about two seconds of traffic at the goal. */
    static final long MAX_BACKLOG = 100_000;

    private final String host;
    private final int port;
    private final int threads;
    private final int inFlightPerConnection;
    private final LongSupplier stored;
    private final Instant firstHour =
            Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(400));
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> running = new ArrayList<>();
    private final List<Mqtt3AsyncClient> clients = new ArrayList<>();
    private final List<Semaphore> inFlight = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param stored messages stored so far, to hold the backlog between broker and store in bounds
     * @param inFlightPerConnection unacknowledged messages per connection: a few keep the pipe full;
     *     many only queue up inside the broker ahead of the subscriber's acknowledgements
     */
    MeterPublishers(String host, int port, int threads, int inFlightPerConnection, LongSupplier stored) {
        this.host = host;
        this.port = port;
        this.threads = threads;
        this.inFlightPerConnection = inFlightPerConnection;
        this.stored = stored;
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
            if (!awaitRoom(permits)) {
                return;
            }
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

    /**
     * Waits for an in-flight permit and for the backlog to shrink below {@link #MAX_BACKLOG}.
     * Without that bound the broker queues every message the subscriber has not yet taken, its
     * heap grows without limit, and the figure would be the broker's intake, not a sustainable rate.
     *
     * @return false when stopping meanwhile
     */
    private boolean awaitRoom(Semaphore permits) {
        while (acknowledged.get() - stored.getAsLong() > MAX_BACKLOG) {
            if (stopping) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        try {
            while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (stopping) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Messages the broker acknowledged so far. */
    long published() {
        return acknowledged.get();
    }

    long failures() {
        return failed.get();
    }

    /**
     * Stops publishing, waits up to ten seconds for the acknowledgements still due and disconnects.
     *
     * @return the messages the broker acknowledged; those still unacknowledged are {@link #unconfirmed()}
     */
    long stop() throws Exception {
        stopping = true;
        for (Thread t : running) {
            t.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Semaphore permits : inFlight) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (permits.tryAcquire(inFlightPerConnection, left, TimeUnit.NANOSECONDS)) {
                permits.release(inFlightPerConnection);
            }
        }
        for (Mqtt3AsyncClient client : clients) {
            client.disconnect().get(30, TimeUnit.SECONDS);
        }
        return acknowledged.get();
    }

    /** Messages sent but never acknowledged before {@link #stop} gave up waiting: the broker may or may not have them. */
    long unconfirmed() {
        long unconfirmed = 0;
        for (Semaphore permits : inFlight) {
            unconfirmed += inFlightPerConnection - permits.availablePermits();
        }
        return unconfirmed;
    }
}
