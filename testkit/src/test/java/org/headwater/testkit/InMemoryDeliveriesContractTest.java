package org.headwater.testkit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.IngestBatch;

class InMemoryDeliveriesContractTest extends DeliveriesContract {

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();

    @Override
    protected Deliveries deliveries() {
        return deliveries;
    }

    @Override
    protected void storeAndPublish(IngestBatch batch, List<String> consumers) {
        deliveries.publish(
                "telemetry:" + UUID.randomUUID(), new StoredTelemetry(batch), consumers, null, Instant.now());
    }
}
