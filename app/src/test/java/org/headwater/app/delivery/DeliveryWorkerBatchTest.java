package org.headwater.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.NotReadyYet;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

/** Passes taken in one call by a batch consumer, and consumers that wait for another one. */
class DeliveryWorkerBatchTest {

    private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");
    private static final RetryPolicy FOUR_TRIES = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final SettableClock clock = new SettableClock(T0);
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final SwitchableTelemetryConsumer taker = new SwitchableTelemetryConsumer("batch");
    private final PassCountingConsumer consumer = new PassCountingConsumer(taker);
    private final DeliveryWorker worker = new DeliveryWorker(deliveries, consumer, FOUR_TRIES, clock);

    /** Takes a pass all or nothing, as the detectors do (they record what a pass raised in one transaction). */
    private static final class PassCountingConsumer implements BatchDeliveryConsumer {
        private final SwitchableTelemetryConsumer taker;
        private final AtomicInteger passes = new AtomicInteger();
        private final AtomicInteger single = new AtomicInteger();

        PassCountingConsumer(SwitchableTelemetryConsumer taker) {
            this.taker = taker;
        }

        @Override
        public String name() {
            return taker.name();
        }

        @Override
        public Topic topic() {
            return Topic.TELEMETRY;
        }

        @Override
        public void accept(DeliveredEvent event) {
            single.incrementAndGet();
            taker.accept(event);
        }

        @Override
        public void acceptAll(List<DeliveredEvent> events) {
            if (taker.down || events.stream().anyMatch(e -> e.sources().contains(taker.poisoned))) {
                throw new IllegalStateException("pass refused");
            }
            passes.incrementAndGet();
            events.forEach(taker::accept);
        }
    }

    private List<Reading> publishBatch(String consumerName, int hour, String... meters) {
        return PublishedBatches.publish(
                deliveries, consumerName, T0.plus(Duration.ofHours(hour)), clock.instant(), meters);
    }

    @Test
    void aBatchConsumerTakesEachPassInOneCallAndEveryDeliveryOfItIsDone() {
        List<Reading> expected = new ArrayList<>();
        for (int hour = 0; hour < 250; hour++) {
            expected.addAll(publishBatch(consumer.name(), hour, "M1", "M2"));
        }

        worker.deliverAllDue();

        assertThat(consumer.passes.get()).isEqualTo(3); // 100 + 100 + 50
        assertThat(consumer.single.get()).isZero();
        assertThat(expected).allMatch(r -> taker.timesTaken(r) == 1);
        assertThat(deliveries.pending(consumer.name())).isZero();
    }

    @Test
    void aPassRefusedForOnePoisonedMeterParksOnlyThatMetersPartsAndEverythingElseIsTakenOnce() {
        taker.poisoned = "M-POISON";
        List<Reading> expected = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            for (Reading r : publishBatch(consumer.name(), hour, "M1", "M-POISON")) {
                if (!r.sourceId().equals("M-POISON")) {
                    expected.add(r);
                }
            }
        }

        for (int second = 0; second < 120; second++) {
            worker.deliverAllDue();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(expected).allMatch(r -> taker.timesTaken(r) == 1);
        assertThat(taker.totalTaken()).isEqualTo(expected.size());
        assertThat(deliveries.parked(100))
                .hasSize(5)
                .allSatisfy(p -> assertThat(p.source()).isEqualTo("M-POISON"));
    }

    @Test
    void aConsumerWaitingForAnotherIsAskedAgainShortlyWithoutAFailureCounted() {
        AtomicInteger asked = new AtomicInteger();
        DeliveryConsumer waiting = new TopicConsumer("waiting", Topic.TELEMETRY, event -> {
            if (asked.incrementAndGet() < 20) {
                throw new NotReadyYet("the other consumer has not taken it yet");
            }
        });
        DeliveryWorker waitingWorker = new DeliveryWorker(deliveries, waiting, FOUR_TRIES, clock);
        publishBatch("waiting", 0, "M1");

        for (int second = 0; second < 60; second++) {
            waitingWorker.deliverAllDue();
            clock.advance(Duration.ofSeconds(1));
        }

        // four real failures would have parked it; twenty waits did not
        assertThat(asked.get()).isEqualTo(20);
        assertThat(deliveries.parked(100)).isEmpty();
        assertThat(deliveries.pending("waiting")).isZero();
    }

    @Test
    void aConsumerThatStaysNotReadyBeyondTheBoundedWaitCountsFailuresAndIsParkedWithTheReason() {
        DeliveryConsumer never = new TopicConsumer("never", Topic.TELEMETRY, event -> {
            throw new NotReadyYet("alert A-1 is not grouped into an incident yet");
        });
        DeliveryWorker neverWorker = new DeliveryWorker(deliveries, never, FOUR_TRIES, clock);
        publishBatch("never", 0, "M1");
        Duration waitBound = DeliveryWorker.NOT_READY_RETRY.multipliedBy(DeliveryWorker.MAX_NOT_READY_WAITS);

        for (Duration passed = Duration.ZERO;
                passed.compareTo(waitBound.minusSeconds(10)) < 0;
                passed = passed.plusSeconds(1)) {
            neverWorker.deliverAllDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(deliveries.parked(100)).isEmpty();
        for (int second = 0; second < 300; second++) {
            neverWorker.deliverAllDue();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(deliveries.parked(100)).singleElement().satisfies(p -> {
            assertThat(p.attempts()).isEqualTo(4);
            assertThat(p.error()).contains("not grouped into an incident yet");
        });
    }
}
