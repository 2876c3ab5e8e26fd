package org.headwater.telemetry;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The append-only history of meter alarms, idempotent on meter, time and code. */
public interface MeterEvents {

    /** @return how many events were new */
    long append(Collection<MeterEvent> events);

    /** Events of one meter with {@code from <= time < to}, in time order. */
    List<MeterEvent> between(String meterId, Instant from, Instant to);

    /**
     * Events of many meters with {@code from <= time < to}, by meter, each meter's in time order;
     * meters without events are absent.
     */
    default Map<String, List<MeterEvent>> between(Collection<String> meterIds, Instant from, Instant to) {
        Map<String, List<MeterEvent>> byMeter = new LinkedHashMap<>();
        for (String meter : meterIds) {
            List<MeterEvent> events = between(meter, from, to);
            if (!events.isEmpty()) {
                byMeter.put(meter, events);
            }
        }
        return byMeter;
    }
}
