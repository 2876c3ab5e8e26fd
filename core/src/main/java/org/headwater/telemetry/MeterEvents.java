package org.headwater.telemetry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The append-only history of meter alarms, idempotent on meter, time and code. */
public interface MeterEvents {

    /** @return how many events were new */
    long append(Collection<MeterEvent> events);

    /** Events of one meter with {@code from <= time < to}, in time order. */
    List<MeterEvent> between(String meterId, Instant from, Instant to);
}
