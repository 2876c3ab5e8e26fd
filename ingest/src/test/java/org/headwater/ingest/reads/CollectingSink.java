package org.headwater.ingest.reads;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.TelemetrySink;

/** A sink that keeps everything it is given, for assertions. Thread-safe. */
final class CollectingSink implements TelemetrySink {

    final List<IngestBatch> batches = new CopyOnWriteArrayList<>();

    @Override
    public void accept(IngestBatch batch) {
        batches.add(batch);
    }

    List<Reading> readings() {
        return batches.stream().flatMap(b -> b.readings().stream()).toList();
    }

    List<Reading> readings(Measurand measurand) {
        return readings().stream().filter(r -> r.measurand() == measurand).toList();
    }

    List<MeterEvent> events() {
        return batches.stream().flatMap(b -> b.events().stream()).toList();
    }

    List<RejectedRecord> rejected() {
        return batches.stream().flatMap(b -> b.rejected().stream()).toList();
    }
}
