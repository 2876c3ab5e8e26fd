package org.headwater.telemetry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * System consumption kept as hourly totals (the overview's figure, EPA figure 5-1), so that reading it
 * costs the buckets asked for, not every interval read in them. Kept up to date from the stored reads:
 * a refresh recomputes the (meter, hour) buckets its readings fall in from what is stored, so refreshing
 * the same readings again (a retried or replayed delivery) changes nothing.
 */
public interface ConsumptionTotals {

    /**
     * Brings the totals of the meters and UTC hours that {@code stored} falls in up to date with the
     * stored interval volumes; readings of other measurands are ignored. The readings must be stored.
     */
    void refresh(Collection<Reading> stored);

    /**
     * The same answer as {@link Readings#totalVolume} over the readings refreshed so far.
     *
     * @param from start of a UTC {@code bucket}
     * @param to start of a UTC {@code bucket}, after {@code from}
     */
    List<VolumeTotal> totals(Instant from, Instant to, VolumeBucket bucket);
}
