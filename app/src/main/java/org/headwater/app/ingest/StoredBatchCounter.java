package org.headwater.app.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.headwater.app.delivery.DeliverySignal;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.StoredBatch;

/**
 * Told after each committed batch: counts what it added and wakes the telemetry consumers, which
 * then read the batch from the delivery record (never from this call).
 */
public final class StoredBatchCounter implements Consumer<StoredBatch> {

    private final Counter stored;
    private final Counter duplicates;
    private final Counter rejected;
    private final Counter alarms;
    private final DeliverySignal signal;

    public StoredBatchCounter(MeterRegistry metrics, DeliverySignal signal) {
        this.stored = metrics.counter("headwater.ingest.readings.stored");
        this.duplicates = metrics.counter("headwater.ingest.readings.duplicate");
        this.rejected = metrics.counter("headwater.ingest.records.quarantined");
        this.alarms = metrics.counter("headwater.ingest.alarms.stored");
        this.signal = signal;
    }

    @Override
    public void accept(StoredBatch batch) {
        stored.increment(batch.newReadings());
        duplicates.increment(batch.duplicateReadings());
        rejected.increment(batch.quarantined());
        alarms.increment(batch.newAlarms());
        signal.published(Topic.TELEMETRY);
    }
}
