package org.headwater.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.MqttReadingsSubscriber;
import org.headwater.ingest.reads.MqttSubscriberSettings;
import org.headwater.ingest.reads.MqttTopics;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT legs of {@code bench faults} as tests: a known set of QoS 1 messages from a gateway with a
 * persistent session ({@link RetryingMqttPublisher}), a broker that saves sessions to disk (mosquitto as a
 * child process when installed, else Moquette) and the server's subscriber storing in batches and
 * acknowledging after storing, as the server runs it. Every message must be stored; one redelivered may
 * come twice (QoS 1 is at least once), which the store's key absorbs.
 */
class CountedMqttDeliveryTest {

    private static final int METERS = 50;
    private static final int MESSAGES = 2_000;
    private static final int IN_FLIGHT = 200;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final Map<Reading.ReadingKey, AtomicLong> deliveries = new ConcurrentHashMap<>();
    private final InMemoryMeterDirectory directory = new InMemoryMeterDirectory();
    private final Clock clock = Clock.systemUTC();
    private final Instant first =
            clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
    private BenchBroker broker;

    @BeforeEach
    void meters() {
        for (int m = 0; m < METERS; m++) {
            directory.putMeter(BenchMeters.meterId(m), MeterSpec.residentialDefault());
        }
    }

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyQos1MessageIsStoredAfterTheBrokerWasStoppedAndRestartedMidStream(@TempDir Path dataDirectory)
            throws Exception {
        broker = BenchBroker.openPersistent(BenchArgs.parse(List.of(), List.of()), dataDirectory, QUIET);
        try (Server server = new Server();
                RetryingMqttPublisher gateway = gateway()) {
            Thread restart = null;
            for (int i = 0; i < MESSAGES; i++) {
                if (i == MESSAGES / 3) {
                    broker.stop();
                    restart = Thread.ofPlatform().start(() -> restartAfter(Duration.ofSeconds(3)));
                }
                publish(gateway, i);
            }
            restart.join();
            awaitAll(gateway);
        }
        assertEveryMessageStoredAndFewTwice();
    }

    @Test
    void everyMessageQueuedForTheServerWhileItWasDownIsStoredWhenItStartsAgain(@TempDir Path dataDirectory)
            throws Exception {
        broker = BenchBroker.openPersistent(BenchArgs.parse(List.of(), List.of()), dataDirectory, QUIET);
        try (RetryingMqttPublisher gateway = gateway()) {
            try (Server crashing = new Server()) {
                for (int i = 0; i < MESSAGES / 4; i++) {
                    publish(gateway, i);
                }
            } // gone, its persistent session stays with the broker, which queues what comes meanwhile
            for (int i = MESSAGES / 4; i < MESSAGES; i++) {
                publish(gateway, i);
            }
            awaitAcknowledged(gateway);
            // The broker sends the queue right after CONNACK, before the server's SUBSCRIBE is answered.
            try (Server restarted = new Server()) {
                awaitAll(gateway);
            }
        }
        assertEveryMessageStoredAndFewTwice();
    }

    /** The server's MQTT intake: the production subscriber storing in batches into a counting sink. */
    private final class Server implements AutoCloseable {

        private final BatchingTelemetrySink batching = new BatchingTelemetrySink(
                batch -> batch.readings()
                        .forEach(r -> deliveries
                                .computeIfAbsent(r.key(), k -> new AtomicLong())
                                .incrementAndGet()),
                200,
                Duration.ofMillis(50),
                Duration.ofMillis(5),
                1,
                4);
        private final MqttReadingsSubscriber subscriber = MqttReadingsSubscriber.storingInBatches(
                new MqttSubscriberSettings(
                        broker.host(),
                        broker.port(),
                        "headwater-counted-delivery-test",
                        MqttSubscriberSettings.DEFAULT_TOPIC_FILTER,
                        null,
                        null,
                        4096),
                ReadIntake.withDefaults(directory, clock),
                batching,
                clock);

        Server() {
            subscriber.start();
        }

        @Override
        public void close() {
            subscriber.pause();
            batching.close();
            subscriber.close();
        }
    }

    private RetryingMqttPublisher gateway() throws Exception {
        RetryingMqttPublisher gateway =
                new RetryingMqttPublisher(broker.host(), broker.port(), "bench-test-gateway", IN_FLIGHT);
        gateway.connect();
        return gateway;
    }

    private void publish(RetryingMqttPublisher gateway, int i) throws InterruptedException {
        Instant time = first.plus(Duration.ofMinutes(i / METERS));
        gateway.publish(
                MqttTopics.meterReads("bench", BenchMeters.meterId(i % METERS)),
                "{\"reads\":[{\"time\":\"" + time + "\",\"kind\":\"interval\",\"value\":0.05,\"unit\":\"L\"}]}");
    }

    private void restartAfter(Duration down) {
        try {
            Thread.sleep(down.toMillis());
            broker.restart();
        } catch (Exception e) {
            throw new IllegalStateException("restarting the broker failed", e);
        }
    }

    private static void awaitAcknowledged(RetryingMqttPublisher gateway) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (gateway.acknowledged() < MESSAGES && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(gateway.acknowledged())
                .as("messages the broker acknowledged")
                .isEqualTo(MESSAGES);
    }

    private void awaitAll(RetryingMqttPublisher gateway) throws InterruptedException {
        awaitAcknowledged(gateway);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (deliveries.size() < MESSAGES && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void assertEveryMessageStoredAndFewTwice() {
        assertThat(deliveries).as("distinct readings stored").hasSize(MESSAGES);
        long twice = deliveries.values().stream().mapToLong(n -> n.get() - 1).sum();
        // Only what was taken but not yet acknowledged when the broker or server went away comes again: the
        // gateway's window and the broker's window towards the server. Under load (six busy threads on two
        // cores) 423 came again after a broker restart, all within the 600 messages before the stop; the
        // bound allows a third window for that rather than the whole stream sent twice.
        assertThat(twice)
                .as("readings delivered again, per hundred messages sent: %s", againPerHundred())
                .isLessThanOrEqualTo(3L * IN_FLIGHT);
    }

    private Map<Long, Long> againPerHundred() {
        Map<Long, Long> perHundred = new TreeMap<>();
        deliveries.forEach((key, count) -> {
            long index = Duration.between(first, key.time()).toMinutes() * METERS
                    + Integer.parseInt(key.sourceId().replaceAll("\\D", "")) % METERS;
            if (count.get() > 1) {
                perHundred.merge(index / 100 * 100, count.get() - 1, Long::sum);
            }
        });
        return perHundred;
    }
}
