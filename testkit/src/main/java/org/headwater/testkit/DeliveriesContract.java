package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Delivery;
import org.headwater.delivery.ParkedDelivery;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

/** What every {@link Deliveries} must do; consumer names are random so tests share a store. */
public abstract class DeliveriesContract {

    private static final Instant T0 = Instant.parse("2024-06-03T15:00:00Z");

    protected abstract Deliveries deliveries();

    /** Stores the batch and publishes it to {@code consumers}, as ingestion does. */
    protected abstract void storeAndPublish(IngestBatch batch, List<String> consumers);

    /** A time after every delivery this test may have published (stores may stamp with their own clock). */
    private static Instant later() {
        return Instant.now().plus(Duration.ofMinutes(1));
    }

    private static String consumer() {
        return "contract-" + UUID.randomUUID();
    }

    private static IngestBatch batchOf(String... sources) {
        IngestBatch.Builder batch = IngestBatch.builder();
        for (String source : sources) {
            batch.add(new Reading(source, Measurand.INTERVAL_VOLUME, T0, 12.5));
        }
        return batch.drain();
    }

    @Test
    void aStoredBatchIsDueToEachSubscriberInOrderAndGoneOnceDelivered() {
        String detectors = consumer();
        String drill = consumer();
        storeAndPublish(batchOf("dc-M1", "dc-M2"), List.of(detectors, drill));
        storeAndPublish(batchOf("dc-M3"), List.of(detectors, drill));

        List<Delivery> due = deliveries().due(detectors, later(), 10);

        assertThat(due).hasSize(2);
        assertThat(due.get(0).event()).isEqualTo(new StoredTelemetry(batchOf("dc-M1", "dc-M2")));
        assertThat(due.get(1).event().sources()).containsExactly("dc-M3");
        assertThat(due.get(0).source()).isNull();
        due.forEach(d -> deliveries().delivered(d.id()));
        assertThat(deliveries().due(detectors, later(), 10)).isEmpty();
        assertThat(deliveries().pending(drill)).isEqualTo(2);
    }

    @Test
    void deliveriesTakenTogetherAreAllGoneAndOnlyThoseOfThatConsumer() {
        String detectors = consumer();
        String drill = consumer();
        storeAndPublish(batchOf("dc-A1"), List.of(detectors, drill));
        storeAndPublish(batchOf("dc-A2"), List.of(detectors, drill));
        storeAndPublish(batchOf("dc-A3"), List.of(detectors, drill));
        List<Delivery> due = deliveries().due(detectors, later(), 10);

        deliveries().deliveredAll(List.of(due.get(0).id(), due.get(2).id()));

        assertThat(deliveries().due(detectors, later(), 10))
                .singleElement()
                .satisfies(d -> assertThat(d.event().sources()).containsExactly("dc-A2"));
        assertThat(deliveries().pending(drill)).isEqualTo(3);
    }

    @Test
    void theBacklogCountsWaitingAndParkedDeliveriesAndDatesTheOldestWaitingOne() {
        String name = consumer();
        Instant before = Instant.now().minusSeconds(5);
        storeAndPublish(batchOf("dc-B1"), List.of(name));
        storeAndPublish(batchOf("dc-B2"), List.of(name));
        storeAndPublish(batchOf("dc-B3"), List.of(name));
        Delivery first = deliveries().due(name, later(), 10).get(0);
        deliveries().failed(first.id(), "poisoned", T0, Optional.empty());

        var backlog = deliveries().backlog(name);

        assertThat(backlog.waiting()).isEqualTo(2);
        assertThat(backlog.parked()).isEqualTo(1);
        assertThat(backlog.oldestWaitingRecordedAt()).isAfter(before).isBefore(later());
        assertThat(deliveries().backlog(consumer()).oldestWaitingRecordedAt()).isNull();
    }

    @Test
    void aPostponedDeliveryIsDueAgainAtItsNewTimeWithNoFailureCounted() {
        String name = consumer();
        storeAndPublish(batchOf("dc-W1"), List.of(name));
        Delivery first = deliveries().due(name, later(), 10).get(0);
        Instant retryAt = later().plus(Duration.ofMinutes(5));

        deliveries().postpone(first.id(), retryAt);

        assertThat(deliveries().due(name, later(), 10)).isEmpty();
        assertThat(deliveries().due(name, retryAt, 10)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(first.id());
            assertThat(d.attempts()).isZero();
        });
        assertThat(deliveries().parked(10_000)).noneMatch(p -> p.consumer().equals(name));
    }

    @Test
    void aFailedDeliveryWaitsForItsRetryAndIsParkedWithItsErrorWhenNoRetryIsLeft() {
        String name = consumer();
        storeAndPublish(batchOf("dc-P1"), List.of(name));
        Delivery first = deliveries().due(name, later(), 10).get(0);
        Instant retryAt = later().plus(Duration.ofMinutes(5));

        deliveries().failed(first.id(), "boom 1", T0, Optional.of(retryAt));
        assertThat(deliveries().due(name, later(), 10)).isEmpty();
        Delivery second = deliveries().due(name, retryAt, 10).get(0);
        assertThat(second.attempts()).isEqualTo(1);
        deliveries().failed(second.id(), "boom 2", T0.plusSeconds(30), Optional.empty());

        assertThat(deliveries().due(name, retryAt.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(deliveries().parked(10_000))
                .filteredOn(p -> p.consumer().equals(name))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.id()).isEqualTo(first.id());
                    assertThat(p.key()).isEqualTo(first.key());
                    assertThat(p.attempts()).isEqualTo(2);
                    assertThat(p.error()).isEqualTo("boom 2");
                    assertThat(p.firstFailedAt()).isEqualTo(T0);
                    assertThat(p.lastFailedAt()).isEqualTo(T0.plusSeconds(30));
                });
    }

    @Test
    void aSplitDeliveryKeepsOnlyTheFailedSourcesPartEachWithItsOwnError() {
        String name = consumer();
        storeAndPublish(batchOf("dc-S1", "dc-S2", "dc-S3"), List.of(name));
        Delivery whole = deliveries().due(name, later(), 10).get(0);

        deliveries().split(whole.id(), Map.of("dc-S2", "poisoned"), T0, Optional.empty());

        assertThat(deliveries().pending(name)).isEqualTo(1);
        ParkedDelivery parked = deliveries().parked(10_000).stream()
                .filter(p -> p.consumer().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(parked.source()).isEqualTo("dc-S2");
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.error()).isEqualTo("poisoned");
        assertThat(deliveries().replay(parked.id(), T0)).isTrue();
        Delivery part = deliveries().due(name, later(), 10).get(0);
        assertThat(part.source()).isEqualTo("dc-S2");
        assertThat(part.attempts()).isZero();
        assertThat(part.event()).isEqualTo(new StoredTelemetry(batchOf("dc-S2")));
    }

    @Test
    void onlyAParkedDeliveryCanBeReplayed() {
        String name = consumer();
        storeAndPublish(batchOf("dc-R1"), List.of(name));
        Delivery due = deliveries().due(name, later(), 10).get(0);

        assertThat(deliveries().replay(due.id(), T0)).isFalse();
        assertThat(deliveries().replay(Long.MAX_VALUE, T0)).isFalse();
    }
}
