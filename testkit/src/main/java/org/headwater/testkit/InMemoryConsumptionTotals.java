package org.headwater.testkit;

import java.time.Instant;
import java.util.List;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/**
 * {@link ConsumptionTotals} in memory over an {@link InMemoryReadings}: like the store, the totals hold
 * the reads stored up to the last fold, and only whole buckets can be asked for.
 */
public final class InMemoryConsumptionTotals implements ConsumptionTotals {

    private final InMemoryReadings readings;
    private volatile InMemoryReadings folded = new InMemoryReadings();

    public InMemoryConsumptionTotals(InMemoryReadings readings) {
        this.readings = readings;
    }

    @Override
    public void fold() {
        InMemoryReadings now = new InMemoryReadings();
        now.append(readings.all());
        folded = now;
    }

    @Override
    public List<VolumeTotal> totals(Instant from, Instant to, VolumeBucket bucket) {
        if (!bucket.start(from).equals(from) || !bucket.start(to).equals(to) || !from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "totals are kept per whole " + bucket.label() + ": from=" + from + ", to=" + to);
        }
        return folded.totalVolume(from, to, bucket);
    }
}
