package org.headwater.app.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.InMemoryDeliveries;

/** Stored batches published to one consumer, as ingestion publishes them. */
final class PublishedBatches {

    private PublishedBatches() {}

    /** One interval reading per meter at {@code readAt}; @return the readings published */
    static List<Reading> publish(
            InMemoryDeliveries deliveries, String consumer, Instant readAt, Instant publishedAt, String... meters) {
        IngestBatch.Builder batch = IngestBatch.builder();
        for (String meter : meters) {
            batch.add(new Reading(meter, Measurand.INTERVAL_VOLUME, readAt, 10));
        }
        IngestBatch built = batch.drain();
        deliveries.publish(
                "telemetry:" + UUID.randomUUID(),
                new StoredTelemetry(built),
                List.of(consumer),
                meters.length == 1 ? meters[0] : null, // as the store names a single-source batch's source
                publishedAt);
        return built.readings();
    }
}
