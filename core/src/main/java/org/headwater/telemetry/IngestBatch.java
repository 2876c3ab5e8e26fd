package org.headwater.telemetry;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ingestion step produced from one chunk of input: the readings and meter events that
 * were accepted and the records that went to quarantine. Every input record ends up in exactly one
 * of these lists (a register read may add derived interval volumes besides itself), which is how
 * "nothing is dropped silently" is checked.
 *
 * @param readings accepted readings in canonical units, including derived interval volumes
 * @param events accepted meter alarms
 * @param rejected records refused with their reason
 */
public record IngestBatch(List<Reading> readings, List<MeterEvent> events, List<RejectedRecord> rejected) {

    public IngestBatch {
        readings = List.copyOf(readings);
        events = List.copyOf(events);
        rejected = List.copyOf(rejected);
    }

    public static IngestBatch empty() {
        return new IngestBatch(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return readings.isEmpty() && events.isEmpty() && rejected.isEmpty();
    }

    /** Total number of entries in the three lists. */
    public int size() {
        return readings.size() + events.size() + rejected.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects one batch; not thread-safe. */
    public static final class Builder {
        private List<Reading> readings = new ArrayList<>();
        private List<MeterEvent> events = new ArrayList<>();
        private List<RejectedRecord> rejected = new ArrayList<>();

        public Builder add(Reading reading) {
            readings.add(reading);
            return this;
        }

        public Builder add(MeterEvent event) {
            events.add(event);
            return this;
        }

        public Builder reject(RejectedRecord record) {
            rejected.add(record);
            return this;
        }

        public int size() {
            return readings.size() + events.size() + rejected.size();
        }

        public int rejectedCount() {
            return rejected.size();
        }

        /** Hands out what was collected and starts empty again, so one builder can cut a stream into batches. */
        public IngestBatch drain() {
            IngestBatch batch = new IngestBatch(readings, events, rejected);
            readings = new ArrayList<>();
            events = new ArrayList<>();
            rejected = new ArrayList<>();
            return batch;
        }
    }
}
