package org.headwater.store;

import java.util.Objects;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.TelemetrySink;

/**
 * Keeps what ingestion produced: readings and meter events appended to their histories, rejected
 * records added to the quarantine. Safe to call from several threads when the stores are.
 */
public final class StoringSink implements TelemetrySink {

    private final Readings readings;
    private final MeterEvents events;
    private final Quarantine quarantine;

    public StoringSink(Readings readings, MeterEvents events, Quarantine quarantine) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.events = Objects.requireNonNull(events, "events");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    @Override
    public void accept(IngestBatch batch) {
        if (!batch.readings().isEmpty()) {
            readings.append(batch.readings());
        }
        if (!batch.events().isEmpty()) {
            events.append(batch.events());
        }
        if (!batch.rejected().isEmpty()) {
            quarantine.add(batch.rejected());
        }
    }
}
