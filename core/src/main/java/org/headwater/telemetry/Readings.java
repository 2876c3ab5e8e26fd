package org.headwater.telemetry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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

    /** Total number of stored readings. */
    long count();
}
