package org.headwater.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import io.reactivex.Flowable;
import io.reactivex.disposables.Disposable;
import io.reactivex.schedulers.Schedulers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.headwater.ingest.reads.MqttTopics;

/**
 * Meters publishing hourly interval reads, one JSON read per QoS 1 message, on several threads
 * with one MQTT connection each, as fast as the broker acknowledges them and the store keeps up.
 * Each connection takes its messages as a reactive stream, so the client writes many of them per
 * network flush instead of waking its I/O thread for each one. Message i carries
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
    private final List<Disposable> running = new ArrayList<>();
    private final List<CountDownLatch> finished = new ArrayList<>();
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
            Semaphore permits = inFlight.get(t);
            CountDownLatch done = new CountDownLatch(1);
            finished.add(done);
            // generate() blocks its own thread while waiting for room; results arrive on the client's threads
            Flowable<Mqtt3Publish> messages = Flowable.<Mqtt3Publish, long[]>generate(
                            () -> new long[] {thread}, (next, emitter) -> {
                                if (!awaitRoom(permits)) {
                                    emitter.onComplete();
                                    return;
                                }
                                emitter.onNext(message(next[0]));
                                next[0] += threads;
                            })
                    .subscribeOn(Schedulers.newThread());
            running.add(clients.get(t)
                    .toRx()
                    .publish(messages)
                    .doFinally(done::countDown)
                    .subscribe(
                            result -> {
                                (result.getError().isPresent() ? failed : acknowledged).incrementAndGet();
                                permits.release();
                            },
                            error -> done.countDown()));
        }
    }

    private Mqtt3Publish message(long i) {
        String time = firstHour.plus(Duration.ofHours(SyntheticMeters.hour(i))).toString();
        byte[] payload = ("{\"reads\":[{\"time\":\"" + time + "\",\"kind\":\"interval\",\"value\":"
                        + SyntheticMeters.litres(i) + ",\"unit\":\"L\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        return Mqtt3Publish.builder()
                .topic(MqttTopics.meterReads("bench", SyntheticMeters.meterId(i)))
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .build();
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (CountDownLatch done : finished) {
            done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        running.forEach(Disposable::dispose);
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
