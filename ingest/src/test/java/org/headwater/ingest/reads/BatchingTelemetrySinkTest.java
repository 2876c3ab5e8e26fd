package org.headwater.ingest.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.TelemetrySink;
import org.junit.jupiter.api.Test;

class BatchingTelemetrySinkTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration LONG = Duration.ofHours(1);

    private final CollectingSink downstream = new CollectingSink();

    private static IngestBatch oneReading(int n) {
        return IngestBatch.builder()
                .add(new Reading("m" + n, Measurand.INTERVAL_VOLUME, T0.plusSeconds(n), n))
                .drain();
    }

    @Test
    void smallBatchesGoDownstreamTogetherOnceTheBatchIsFull() {
        try (var sink = new BatchingTelemetrySink(downstream, 3, LONG, 1, 4)) {
            sink.accept(oneReading(1));
            sink.accept(oneReading(2));
            sink.accept(oneReading(3));

            await().atMost(Duration.ofSeconds(5)).until(() -> downstream.batches.size() == 1);
            assertThat(downstream.batches.getFirst().readings()).hasSize(3);
        }
    }

    @Test
    void aPartlyFilledBatchGoesDownstreamWhenItsOldestEntryReachesTheMaximumAge() {
        try (var sink = new BatchingTelemetrySink(downstream, 1_000, Duration.ofMillis(50), 1, 4)) {
            sink.accept(oneReading(1));

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> downstream.readings().size() == 1);
        }
    }

    @Test
    void theActionGivenWithABatchRunsOnlyAfterItsGatheredBatchWasDelivered() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        TelemetrySink slowStore = batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            downstream.accept(batch);
        };
        try (var sink = new BatchingTelemetrySink(slowStore, 2, LONG, 1, 4)) {
            sink.accept(oneReading(1), acknowledged::incrementAndGet);
            sink.accept(oneReading(2), acknowledged::incrementAndGet);
            Thread.sleep(100);
            assertThat(acknowledged).hasValue(0);

            release.countDown();

            await().atMost(Duration.ofSeconds(5)).until(() -> acknowledged.get() == 2);
            assertThat(downstream.readings()).hasSize(2);
        }
    }

    @Test
    void aBatchGoesDownstreamOnceNothingNewCameForTheIdleTimeLongBeforeItsMaximumAge() {
        try (var sink = new BatchingTelemetrySink(downstream, 1_000, LONG, Duration.ofMillis(20), 1, 4)) {
            sink.accept(oneReading(1));

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> downstream.readings().size() == 1);
        }
    }

    @Test
    void anIdleTimeLongerThanTheMaximumAgeIsRefused() {
        assertThatThrownBy(() -> new BatchingTelemetrySink(downstream, 10, Duration.ofMillis(10), LONG, 1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxIdle");
    }

    @Test
    void closeDeliversEverythingStillHeld() {
        var sink = new BatchingTelemetrySink(downstream, 1_000, LONG, 2, 4);
        sink.accept(oneReading(1));
        sink.accept(oneReading(2));

        sink.close();

        assertThat(downstream.readings()).hasSize(2);
        assertThatThrownBy(() -> sink.accept(oneReading(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aFailedDeliveryIsRetriedUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        var sink = new BatchingTelemetrySink(
                batch -> {
                    if (attempts.incrementAndGet() <= 2) {
                        throw new IllegalStateException("store unavailable");
                    }
                    downstream.accept(batch);
                },
                2,
                LONG,
                1,
                4);
        sink.accept(oneReading(1));
        sink.accept(oneReading(2));

        sink.close();

        assertThat(downstream.readings()).hasSize(2);
        assertThat(sink.failures()).isEqualTo(2);
    }

    @Test
    void noEntryIsLostWhenManyProducersMeetSeveralFlushers() throws InterruptedException {
        int producers = 4;
        int perProducer = 10_000;
        var sink = new BatchingTelemetrySink(downstream, 700, Duration.ofMillis(5), 3, 2);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int first = p * perProducer;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = first; i < first + perProducer; i++) {
                    sink.accept(oneReading(i));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        sink.close();

        assertThat(downstream.readings()).extracting(Reading::sourceId).doesNotHaveDuplicates();
        assertThat(downstream.readings()).hasSize(producers * perProducer);
        assertThat(sink.delivered()).isEqualTo(producers * perProducer);
    }
}
