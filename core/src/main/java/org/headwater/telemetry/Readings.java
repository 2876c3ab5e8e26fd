package org.headwater.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The append-only history of readings. Implementations must be idempotent on {@link Reading#key()}. */
public interface Readings {

    /**
     * Appends readings; a reading whose key is already stored is ignored (a re-sent duplicate).
     *
     * @return how many readings were new
     */
    long append(Collection<Reading> readings);

    /** Readings of one source and measurand with {@code from <= time < to}, in time order. */
    List<Reading> between(String sourceId, Measurand measurand, Instant from, Instant to);

    /**
     * Readings of many sources with {@code from <= time < to}, by source, each source's in time
     * order; sources without readings are absent. Rebuilding detector state for a whole network
     * asks once for a chunk of sources instead of once per source and measurand.
     */
    default Map<String, List<Reading>> between(
            Collection<String> sourceIds, Collection<Measurand> measurands, Instant from, Instant to) {
        Map<String, List<Reading>> bySource = new LinkedHashMap<>();
        for (String source : sourceIds) {
            List<Reading> history = new ArrayList<>();
            for (Measurand measurand : measurands) {
                history.addAll(between(source, measurand, from, to));
            }
            if (!history.isEmpty()) {
                history.sort(Comparator.comparing(Reading::time));
                bySource.put(source, history);
            }
        }
        return bySource;
    }

    /**
     * The interval volumes of all meters with {@code from <= time < to}, summed per UTC {@code bucket}, in
     * time order; buckets without interval volumes are absent. Sensors report flow, not interval
     * volume, so only meters count.
     */
    List<VolumeTotal> totalVolume(Instant from, Instant to, VolumeBucket bucket);

    /** Total number of stored readings. */
    long count();
}
