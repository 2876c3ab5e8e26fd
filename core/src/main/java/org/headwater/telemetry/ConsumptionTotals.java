package org.headwater.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * System consumption kept as hourly totals (the overview's figure, EPA figure 5-1), so that reading it
 * costs the buckets asked for, not every interval read in them. Storing reads records what they add
 * (only the reads actually inserted, so a re-sent read adds nothing); a fold moves those additions
 * into the totals and consumes them in one transaction, so folding again (a retried or redelivered
 * event) adds nothing twice.
 */
public interface ConsumptionTotals {

    /** Adds every interval volume stored since the last fold to the totals, each exactly once. */
    void fold();

    /**
     * The same answer as {@link Readings#totalVolume} over the reads folded so far.
     *
     * @param from start of a UTC {@code bucket}
     * @param to start of a UTC {@code bucket}, after {@code from}
     */
    List<VolumeTotal> totals(Instant from, Instant to, VolumeBucket bucket);
}
