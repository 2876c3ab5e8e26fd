package org.headwater.telemetry;

/**
 * Where ingestion adapters deliver what they produced. The store side implements it (append the
 * readings and events, add the rejected records to the {@link Quarantine}); detectors may be
 * chained behind it. Batches may repeat readings already delivered (re-sent data): the
 * {@link Readings} port is idempotent on the reading key, so an implementation needs no
 * de-duplication of its own.
 */
@FunctionalInterface
public interface TelemetrySink {

    /**
     * Takes one batch. An exception means the batch was not stored; the adapter reports it and
     * does not acknowledge the input where its protocol allows a redelivery.
     */
    void accept(IngestBatch batch);
}
