package org.headwater.ingest.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.reads.ReadPayloadParser;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;

/**
 * Consumes topics of JSON read payloads (the shape MQTT and REST take, {@code docs/ingest-formats.md}),
 * each record keyed by the meter or sensor it belongs to, into the ingest path: validate, then the
 * sink (the store, whose delivery record feeds everything downstream). At least once: each poll's
 * records go to the sink as one batch and their offsets are committed only after the sink took it;
 * if the sink refuses, the partitions are rewound to the poll's first offsets and the same records
 * come again. A crash between storing and committing re-sends stored reads, which the store's key
 * absorbs. The sink is called on the polling thread, so a slow store slows the polling (back
 * pressure) instead of queueing records in memory.
 */
public final class KafkaReadsSource implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaReadsSource.class.getName());
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 30_000;

    private final Consumer<String, byte[]> consumer;
    private final KafkaSourceSettings settings;
    private final ReadPayloadParser parser;
    private final TelemetrySink sink;
    private final Clock clock;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong sinkFailures = new AtomicLong();
    private volatile boolean running;
    private @Nullable Thread poller;

    /** Takes an existing consumer (tests pass Kafka's {@code MockConsumer}); it is subscribed here. */
    public KafkaReadsSource(
            Consumer<String, byte[]> consumer,
            KafkaSourceSettings settings,
            ReadIntake intake,
            TelemetrySink sink,
            Clock clock) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new ReadPayloadParser(Objects.requireNonNull(intake, "intake"), settings.maxPayloadBytes());
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        consumer.subscribe(settings.topics());
    }

    /** A source on a new consumer of the settings' cluster and group, committing by hand. */
    public static KafkaReadsSource connect(
            KafkaSourceSettings settings, ReadIntake intake, TelemetrySink sink, Clock clock) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Math.max(1 << 20, settings.maxPayloadBytes()));
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        return new KafkaReadsSource(consumer, settings, intake, sink, clock);
    }

    /** Polls on a thread of its own until {@link #close}. */
    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        poller = Thread.ofPlatform().name("kafka-reads").daemon().start(this::pollUntilClosed);
    }

    private void pollUntilClosed() {
        long waitMillis = FIRST_RETRY_MILLIS;
        try {
            while (running) {
                if (pollOnce() >= 0) {
                    waitMillis = FIRST_RETRY_MILLIS;
                } else {
                    sleep(waitMillis);
                    waitMillis = Math.min(MAX_RETRY_MILLIS, waitMillis * 2);
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } finally {
            consumer.close();
        }
    }

    /**
     * One poll: its records to the sink as one batch, then their offsets committed.
     *
     * @return records stored, or -1 when the sink refused them (the partitions were rewound)
     */
    public int pollOnce() {
        ConsumerRecords<String, byte[]> polled = consumer.poll(settings.pollTimeout());
        if (polled.isEmpty()) {
            return 0;
        }
        Instant receivedAt = clock.instant();
        IngestBatch.Builder batch = IngestBatch.builder();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : polled) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(partition, record.offset());
            next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            byte[] value = record.value() == null ? new byte[0] : record.value();
            // The offset in the channel keeps a re-sent record's quarantine entries under the same key.
            String channel = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
            gather(batch, parser.parse(value, channel, record.key(), receivedAt));
        }
        try {
            sink.accept(batch.drain());
        } catch (RuntimeException e) {
            sinkFailures.incrementAndGet();
            LOG.log(
                    System.Logger.Level.ERROR,
                    "the store refused " + polled.count() + " Kafka records; they will be consumed again",
                    e);
            first.forEach(consumer::seek);
            return -1;
        }
        consumer.commitSync(next);
        records.addAndGet(polled.count());
        return polled.count();
    }

    private static void gather(IngestBatch.Builder into, IngestBatch parsed) {
        for (Reading r : parsed.readings()) {
            into.add(r);
        }
        for (MeterEvent e : parsed.events()) {
            into.add(e);
        }
        for (RejectedRecord r : parsed.rejected()) {
            into.reject(r);
        }
    }

    /** Records stored and committed so far. */
    public long records() {
        return records.get();
    }

    /** Polls the sink refused (each consumed again). */
    public long sinkFailures() {
        return sinkFailures.get();
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops polling; what was stored was committed, what was not is consumed again by the group. */
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
