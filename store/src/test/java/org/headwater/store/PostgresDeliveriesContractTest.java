package org.headwater.store;

import java.util.List;
import org.headwater.delivery.Deliveries;
import org.headwater.telemetry.IngestBatch;
import org.headwater.testkit.DeliveriesContract;

class PostgresDeliveriesContractTest extends DeliveriesContract {

    private final Deliveries deliveries = new PostgresDeliveries(TestDatabase.dataSource());

    @Override
    protected Deliveries deliveries() {
        return deliveries;
    }

    @Override
    protected void storeAndPublish(IngestBatch batch, List<String> consumers) {
        new PostgresTelemetrySink(TestDatabase.dataSource(), topic -> consumers, stored -> {}).accept(batch);
    }
}
