package org.headwater.app.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.TelemetrySink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where every ingestion path delivers: readings and alarms are appended (idempotently), rejected
 * records go to the quarantine. Quarantine is written first so a failing append never loses the
 * record of what was refused.
 */
@Component
class StoringTelemetrySink implements TelemetrySink {

    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Quarantine quarantine;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter rejected;
    private final Counter alarms;
    private final ApplicationEventPublisher events;

    StoringTelemetrySink(
            Readings readings,
            MeterEvents meterEvents,
            Quarantine quarantine,
            MeterRegistry metrics,
            ApplicationEventPublisher events) {
        this.events = events;
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.quarantine = quarantine;
        this.stored = metrics.counter("headwater.ingest.readings.stored");
        this.duplicates = metrics.counter("headwater.ingest.readings.duplicate");
        this.rejected = metrics.counter("headwater.ingest.records.quarantined");
        this.alarms = metrics.counter("headwater.ingest.alarms.stored");
    }

    @Override
    public void accept(IngestBatch batch) {
        quarantine.add(batch.rejected());
        rejected.increment(batch.rejected().size());
        long added = readings.append(batch.readings());
        stored.increment(added);
        duplicates.increment(batch.readings().size() - added);
        alarms.increment(meterEvents.append(batch.events()));
        events.publishEvent(new TelemetryStored(batch));
    }
}
