package org.headwater.delivery;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * A batch of readings and meter alarms that was stored (duplicates of stored readings included, as
 * the source sent them); refused records are in the quarantine and not delivered.
 */
public record StoredTelemetry(IngestBatch batch) implements DeliveredEvent {

    public StoredTelemetry {
        Objects.requireNonNull(batch, "batch");
    }

    @Override
    public Topic topic() {
        return Topic.TELEMETRY;
    }

    @Override
    public Set<String> sources() {
        Set<String> sources = new LinkedHashSet<>();
        batch.readings().forEach(r -> sources.add(r.sourceId()));
        batch.events().forEach(e -> sources.add(e.meterId()));
        return sources;
    }

    @Override
    public StoredTelemetry only(String source) {
        IngestBatch.Builder part = IngestBatch.builder();
        for (Reading r : batch.readings()) {
            if (r.sourceId().equals(source)) {
                part.add(r);
            }
        }
        for (MeterEvent e : batch.events()) {
            if (e.meterId().equals(source)) {
                part.add(e);
            }
        }
        return new StoredTelemetry(part.drain());
    }
}
