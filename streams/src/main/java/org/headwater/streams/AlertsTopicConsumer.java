package org.headwater.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.headwater.alert.AlertEvent;
import org.jspecify.annotations.Nullable;

/**
 * Hands the alerts topic's raised and cleared alerts to the server's alert recording (which stores,
 * groups, streams and escalates them), one poll at a time, committing the offsets only once the
 * recording took them. It reads committed transactions only, so an alert of a detector task that
 * failed before its commit is never seen. At least once: the alert log records each event once by
 * its key, so a poll consumed again after a crash changes nothing.
 */
public final class AlertsTopicConsumer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AlertsTopicConsumer.class.getName());
    private static final long RETRY_MILLIS = 1_000;

    private final org.apache.kafka.clients.consumer.Consumer<String, AlertEvent> consumer;
    private final Consumer<List<AlertEvent>> recording;
    private final Duration pollTimeout;
    private volatile boolean running;
    private @Nullable Thread poller;

    public AlertsTopicConsumer(
            org.apache.kafka.clients.consumer.Consumer<String, AlertEvent> consumer,
            String topic,
            Consumer<List<AlertEvent>> recording,
            Duration pollTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.recording = Objects.requireNonNull(recording, "recording");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "pollTimeout");
        consumer.subscribe(List.of(topic));
    }

    /** A consumer of the settings' alerts topic in group {@code groupId}, committing by hand. */
    public static AlertsTopicConsumer connect(
            StreamsSettings settings, String groupId, Consumer<List<AlertEvent>> recording) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                IsolationLevel.READ_COMMITTED.toString().toLowerCase(java.util.Locale.ROOT));
        return new AlertsTopicConsumer(
                new KafkaConsumer<>(
                        config,
                        new StringDeserializer(),
                        TelemetrySerdes.alertEvents().deserializer()),
                settings.alertsTopic(),
                recording,
                Duration.ofMillis(500));
    }

    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        poller = Thread.ofPlatform().name("kafka-alerts").daemon().start(this::pollUntilClosed);
    }

    private void pollUntilClosed() {
        try {
            while (running) {
                if (pollOnce() < 0) {
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (WakeupException | InterruptedException closing) {
            // close() ended the poll
        } finally {
            consumer.close();
        }
    }

    /** @return events recorded, or -1 when the recording refused them (the partitions were rewound) */
    public int pollOnce() {
        ConsumerRecords<String, AlertEvent> polled = consumer.poll(pollTimeout);
        if (polled.isEmpty()) {
            return 0;
        }
        List<AlertEvent> events = new ArrayList<>(polled.count());
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, AlertEvent> record : polled) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(partition, record.offset());
            next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            events.add(record.value());
        }
        try {
            recording.accept(events);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "recording " + events.size() + " alert events failed; retrying", e);
            first.forEach(consumer::seek);
            return -1;
        }
        consumer.commitSync(next);
        return events.size();
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            thread = poller;
            poller = null;
        }
        if (thread == null) {
            consumer.close();
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
