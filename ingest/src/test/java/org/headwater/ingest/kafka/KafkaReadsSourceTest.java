package org.headwater.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.testkit.InMemoryMeterEvents;
import org.headwater.testkit.InMemoryQuarantine;
import org.headwater.testkit.InMemoryReadings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KafkaReadsSourceTest {

    private static final Instant NOW = Instant.parse("2026-05-02T00:00:00Z");
    private static final TopicPartition READS = new TopicPartition("headwater.reads", 0);
    private static final TopicPartition ALARMS = new TopicPartition("headwater.alarms", 0);

    private final InMemoryMeterDirectory directory =
            new InMemoryMeterDirectory().putMeter("m1", MeterSpec.residentialDefault());
    private final ReadIntake intake = ReadIntake.withDefaults(directory, Clock.fixed(NOW, ZoneOffset.UTC));
    private final InMemoryReadings readings = new InMemoryReadings();
    private final InMemoryMeterEvents events = new InMemoryMeterEvents();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final TelemetrySink store = batch -> {
        readings.append(batch.readings());
        events.append(batch.events());
        quarantine.add(batch.rejected());
    };
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private long nextOffset;

    @BeforeEach
    void partitionsAssigned() {
        consumer.updateBeginningOffsets(Map.of(READS, 0L, ALARMS, 0L));
    }

    private KafkaReadsSource sourceStoringIn(TelemetrySink sink) {
        KafkaReadsSource source = new KafkaReadsSource(
                consumer,
                new KafkaSourceSettings(
                        "unused:9092",
                        "headwater-ingest",
                        List.of(READS.topic(), ALARMS.topic()),
                        1 << 20,
                        Duration.ofMillis(10)),
                intake,
                sink,
                Clock.fixed(NOW, ZoneOffset.UTC));
        consumer.rebalance(List.of(READS, ALARMS));
        return source;
    }

    private void send(TopicPartition partition, long offset, String key, String json) {
        consumer.addRecord(new ConsumerRecord<>(
                partition.topic(), partition.partition(), offset, key, json.getBytes(StandardCharsets.UTF_8)));
    }

    private void sendTheMorningsReads() {
        send(READS, 0, "m1", """
                {"reads": [{"time": "2026-05-01T00:00:00Z", "kind": "interval", "value": 12, "unit": "L"},
                           {"time": "2026-05-01T00:15:00Z", "kind": "interval", "value": 7, "unit": "L"}]}
                """);
        send(READS, 1, "m1", """
                {"reads": [{"time": "2026-05-01T00:30:00Z", "kind": "interval", "value": 3, "unit": "L"}]}
                """);
        send(ALARMS, 0, "m1", """
                {"alarms": [{"time": "2026-05-01T00:20:00Z", "code": "RF"}]}
                """);
    }

    private long committed(TopicPartition partition) {
        OffsetAndMetadata offset = consumer.committed(Set.of(partition)).get(partition);
        return offset == null ? -1 : offset.offset();
    }

    @Test
    void readsAndAlarmsKeyedByMeterAreStoredThenTheirOffsetsCommitted() {
        KafkaReadsSource source = sourceStoringIn(store);
        sendTheMorningsReads();

        assertThat(source.pollOnce()).isEqualTo(3);

        assertThat(readings.all())
                .extracting(Reading::sourceId, Reading::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("m1", 12.0),
                        org.assertj.core.groups.Tuple.tuple("m1", 7.0),
                        org.assertj.core.groups.Tuple.tuple("m1", 3.0));
        assertThat(events.between("m1", NOW.minus(Duration.ofDays(2)), NOW))
                .extracting(MeterEvent::code)
                .containsExactly(AlarmCode.REVERSE_FLOW);
        assertThat(committed(READS)).isEqualTo(2);
        assertThat(committed(ALARMS)).isEqualTo(1);
    }

    @Test
    void aBadRecordIsQuarantinedWithItsOffsetAndDoesNotHoldBackTheOthers() {
        KafkaReadsSource source = sourceStoringIn(store);
        send(READS, 0, "m1", "{not json");
        send(READS, 1, "m1", """
                {"reads": [{"time": "2026-05-01T00:00:00Z", "kind": "interval", "value": 12, "unit": "L"}]}
                """);

        source.pollOnce();

        assertThat(readings.count()).isEqualTo(1);
        assertThat(quarantine.latest(java.util.Optional.empty(), 10))
                .singleElement()
                .satisfies(r -> assertThat(r.channel()).isEqualTo("kafka:headwater.reads/0@0"));
        assertThat(committed(READS)).isEqualTo(2);
    }

    @Test
    void recordsTheStoreRefusedAreNotCommittedAndAreConsumedAgain() {
        AtomicInteger calls = new AtomicInteger();
        KafkaReadsSource source = sourceStoringIn(batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            store.accept(batch);
        });
        sendTheMorningsReads();

        assertThat(source.pollOnce()).isEqualTo(-1);
        assertThat(committed(READS)).isEqualTo(-1);
        assertThat(consumer.position(READS)).isZero();

        sendTheMorningsReads(); // the broker sends again from the rewound position
        assertThat(source.pollOnce()).isEqualTo(3);

        assertThat(readings.count()).isEqualTo(3);
        assertThat(committed(READS)).isEqualTo(2);
        assertThat(source.sinkFailures()).isEqualTo(1);
    }

    // At least once: stored but not committed (a crash, a lost commit) means the same records again.
    @Test
    void readsStoredButNotCommittedAreStoredOnceWhenRedelivered() {
        AtomicInteger calls = new AtomicInteger();
        KafkaReadsSource source = sourceStoringIn(batch -> {
            store.accept(batch);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection lost after the commit of the store");
            }
        });
        sendTheMorningsReads();
        source.pollOnce();
        assertThat(readings.count()).isEqualTo(3);

        sendTheMorningsReads();
        source.pollOnce();

        assertThat(calls).hasValue(2);
        assertThat(readings.count()).isEqualTo(3);
        assertThat(events.between("m1", NOW.minus(Duration.ofDays(2)), NOW)).hasSize(1);
        assertThat(committed(READS)).isEqualTo(2);
    }

    @Test
    void anIngestBatchIsOnePollNotOneRecord() {
        java.util.List<IngestBatch> batches = new java.util.ArrayList<>();
        KafkaReadsSource source = sourceStoringIn(batches::add);
        sendTheMorningsReads();

        source.pollOnce();

        assertThat(batches).singleElement().satisfies(b -> assertThat(b.size()).isEqualTo(4));
    }
}
