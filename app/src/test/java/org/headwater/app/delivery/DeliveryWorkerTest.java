package org.headwater.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.delivery.ParkedDelivery;
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

    private final SwitchableTelemetryConsumer consumer = new SwitchableTelemetryConsumer("recording");
    private final DeliveryWorker worker = new DeliveryWorker(deliveries, consumer, FOUR_TRIES, clock);

    private List<Reading> publishBatch(int hour, String... meters) {
        return PublishedBatches.publish(
                deliveries, consumer.name(), T0.plus(Duration.ofHours(hour)), clock.instant(), meters);
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
        List<Reading> poisoned = new ArrayList<>();
        for (int hour = 0; hour < 3; hour++) {
            for (Reading r : publishBatch(hour, "M1", "M-POISON", "M2")) {
                (r.sourceId().equals("M-POISON") ? poisoned : expected).add(r);
            }
        }
        poisoned.addAll(publishBatch(3, "M-POISON"));

        runFor(Duration.ofMinutes(2));

        assertThat(expected).allMatch(r -> consumer.timesTaken(r) == 1);
        assertThat(consumer.totalTaken()).isEqualTo(expected.size());
        List<ParkedDelivery> parked = deliveries.parked(100);
        assertThat(parked).hasSize(4).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("M-POISON");
            assertThat(p.attempts()).isEqualTo(4);
            assertThat(p.error()).contains("cannot take M-POISON");
        });
        assertThat(deliveries.pending(consumer.name())).isEqualTo(4);

        consumer.poisoned = "";
        parked.forEach(p -> deliveries.replay(p.id(), clock.instant()));
        runFor(Duration.ofSeconds(2));

        assertThat(poisoned).hasSize(4).allMatch(r -> consumer.timesTaken(r) == 1);
        assertThat(expected).allMatch(r -> consumer.timesTaken(r) == 1);
        assertThat(consumer.totalTaken()).isEqualTo(expected.size() + poisoned.size());
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
        assertThat(consumer.totalTaken()).isZero();

        consumer.down = false;
        runFor(Duration.ofSeconds(10));

        assertThat(expected).allMatch(r -> consumer.timesTaken(r) == 1);
        assertThat(consumer.totalTaken()).isEqualTo(expected.size());
        assertThat(deliveries.parked(100)).isEmpty();
        assertThat(deliveries.pending(consumer.name())).isZero();
    }

    @Test
    void aFailureDoesNotHoldBackTheEventsRecordedAfterIt() {
        consumer.poisoned = "M-POISON";
        publishBatch(0, "M-POISON");
        List<Reading> later = publishBatch(1, "M1");

        worker.deliverAllDue();

        assertThat(later).allMatch(r -> consumer.timesTaken(r) == 1);
        assertThat(consumer.totalTaken()).isEqualTo(later.size());
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
