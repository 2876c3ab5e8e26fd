package org.headwater.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.ParkedDelivery;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

/** Retries, per-source parking and replay of the delivery worker, on in-memory deliveries. */
class DeliveryWorkerTest {

    private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");
    private static final RetryPolicy FOUR_TRIES = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final SettableClock clock = new SettableClock(T0);
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();

    /** Records what it took, reading by reading; throws for a poisoned source or while down. */
    private static final class RecordingConsumer implements DeliveryConsumer {
        final List<Reading> taken = new ArrayList<>();
        String poisoned = "";
        boolean down;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Topic topic() {
            return Topic.TELEMETRY;
        }

        @Override
        public void accept(DeliveredEvent event) {
            if (down) {
                throw new IllegalStateException("consumer is down");
            }
            if (event.sources().contains(poisoned)) {
                throw new IllegalStateException("cannot handle " + poisoned);
            }
            taken.addAll(((StoredTelemetry) event).batch().readings());
        }
    }

    private final RecordingConsumer consumer = new RecordingConsumer();
    private final DeliveryWorker worker = new DeliveryWorker(deliveries, consumer, FOUR_TRIES, clock);

    private List<Reading> publishBatch(int hour, String... meters) {
        IngestBatch.Builder batch = IngestBatch.builder();
        for (String meter : meters) {
            batch.add(new Reading(meter, Measurand.INTERVAL_VOLUME, T0.plus(Duration.ofHours(hour)), 10));
        }
        IngestBatch built = batch.drain();
        deliveries.publish(
                "telemetry:" + UUID.randomUUID(),
                new StoredTelemetry(built),
                List.of(consumer.name()),
                meters.length == 1 ? meters[0] : null, // as the store names a single-source batch's source
                clock.instant());
        return built.readings();
    }

    private void runFor(Duration span) {
        for (Duration passed = Duration.ZERO; passed.compareTo(span) <= 0; passed = passed.plusSeconds(1)) {
            worker.deliverAllDue();
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aConsumerThatThrowsForOneMeterParksOnlyThatMetersPartsAndTakesEverythingElse() {
        consumer.poisoned = "M-POISON";
        List<Reading> expected = new ArrayList<>();
        for (int hour = 0; hour < 3; hour++) {
            List<Reading> batch = publishBatch(hour, "M1", "M-POISON", "M2");
            batch.stream().filter(r -> !r.sourceId().equals("M-POISON")).forEach(expected::add);
        }
        List<Reading> alone = publishBatch(3, "M-POISON");

        runFor(Duration.ofMinutes(2));

        assertThat(consumer.taken).containsExactlyInAnyOrderElementsOf(expected);
        List<ParkedDelivery> parked = deliveries.parked(100);
        assertThat(parked).hasSize(4).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("M-POISON");
            assertThat(p.attempts()).isEqualTo(4);
            assertThat(p.error()).contains("cannot handle M-POISON");
        });
        assertThat(deliveries.pending(consumer.name())).isEqualTo(4);

        consumer.poisoned = "";
        parked.forEach(p -> deliveries.replay(p.id(), clock.instant()));
        runFor(Duration.ofSeconds(2));

        List<Reading> poisonReads = new ArrayList<>(consumer.taken);
        poisonReads.removeAll(expected);
        assertThat(poisonReads).hasSize(4).allMatch(r -> r.sourceId().equals("M-POISON"));
        assertThat(consumer.taken).hasSize(expected.size() + alone.size() + 3);
        assertThat(deliveries.parked(100)).isEmpty();
        assertThat(deliveries.pending(consumer.name())).isZero();
    }

    @Test
    void aConsumerDownForAWhileTakesEverythingOnceWhenItRecoversAndNothingIsParked() {
        consumer.down = true;
        List<Reading> expected = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            expected.addAll(publishBatch(hour, "M1", "M2", "M3"));
        }
        runFor(Duration.ofSeconds(5));
        assertThat(consumer.taken).isEmpty();

        consumer.down = false;
        runFor(Duration.ofSeconds(10));

        assertThat(consumer.taken).containsExactlyElementsOf(expected);
        assertThat(deliveries.parked(100)).isEmpty();
        assertThat(deliveries.pending(consumer.name())).isZero();
    }

    @Test
    void aFailureDoesNotHoldBackTheEventsRecordedAfterIt() {
        consumer.poisoned = "M-POISON";
        publishBatch(0, "M-POISON");
        List<Reading> later = publishBatch(1, "M1");

        worker.deliverAllDue();

        assertThat(consumer.taken).containsExactlyElementsOf(later);
        assertThat(deliveries.pending(consumer.name())).isEqualTo(1);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheCeilingThenPark() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(policy.retryAt(1, T0)).contains(T0.plusSeconds(1));
        assertThat(policy.retryAt(2, T0)).contains(T0.plusSeconds(2));
        assertThat(policy.retryAt(3, T0)).contains(T0.plusSeconds(4));
        assertThat(policy.retryAt(4, T0)).contains(T0.plusSeconds(5));
        assertThat(policy.retryAt(10, T0)).isEmpty();
    }
}
