package org.headwater.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * One meter's or sensor's validated readings and alarms from one stored batch: the value of a record
 * on the readings topic, keyed by {@code sourceId}, so a source's inputs stay in one partition in order.
 */
public record SourceInputs(String sourceId, List<Reading> readings, List<MeterEvent> events) {

    public SourceInputs {
        Objects.requireNonNull(sourceId, "sourceId");
        readings = List.copyOf(readings);
        events = List.copyOf(events);
        for (Reading r : readings) {
            if (!r.sourceId().equals(sourceId)) {
                throw new IllegalArgumentException("reading of " + r.sourceId() + " among the inputs of " + sourceId);
            }
        }
        for (MeterEvent e : events) {
            if (!e.meterId().equals(sourceId)) {
                throw new IllegalArgumentException("alarm of " + e.meterId() + " among the inputs of " + sourceId);
            }
        }
    }

    /** A batch split by source, sources in their first appearance's order. */
    public static List<SourceInputs> bySource(IngestBatch batch) {
        Map<String, List<Reading>> readings = new LinkedHashMap<>();
        Map<String, List<MeterEvent>> events = new LinkedHashMap<>();
        for (Reading r : batch.readings()) {
            readings.computeIfAbsent(r.sourceId(), s -> new ArrayList<>()).add(r);
            events.putIfAbsent(r.sourceId(), new ArrayList<>());
        }
        for (MeterEvent e : batch.events()) {
            readings.putIfAbsent(e.meterId(), new ArrayList<>());
            events.computeIfAbsent(e.meterId(), s -> new ArrayList<>()).add(e);
        }
        List<SourceInputs> split = new ArrayList<>(readings.size());
        readings.forEach((source, reads) -> split.add(new SourceInputs(source, reads, events.get(source))));
        return split;
    }

    /** The newest event time among the inputs: the record's timestamp, so stream time follows event time. */
    public Instant newest() {
        Instant newest = Instant.EPOCH;
        for (Reading r : readings) {
            newest = r.time().isAfter(newest) ? r.time() : newest;
        }
        for (MeterEvent e : events) {
            newest = e.time().isAfter(newest) ? e.time() : newest;
        }
        return newest;
    }
}
