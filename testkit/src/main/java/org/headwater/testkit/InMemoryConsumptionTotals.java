package org.headwater.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/**
 * {@link ConsumptionTotals} in memory over a {@link Readings}: like the store, a refresh recomputes each
 * touched (meter, hour) from the stored reads, and only refreshed hours are counted.
 */
public final class InMemoryConsumptionTotals implements ConsumptionTotals {

    private record MeterHour(String source, Instant hour) {}

    private final Readings readings;
    private final Map<MeterHour, Double> litres = new ConcurrentHashMap<>();

    public InMemoryConsumptionTotals(Readings readings) {
        this.readings = readings;
    }

    @Override
    public void refresh(Collection<Reading> stored) {
        for (Reading r : stored) {
            if (r.measurand() == Measurand.INTERVAL_VOLUME) {
                Instant hour = VolumeBucket.HOUR.start(r.time());
                double sum =
                        readings
                                .between(r.sourceId(), Measurand.INTERVAL_VOLUME, hour, hour.plus(Duration.ofHours(1)))
                                .stream()
                                .mapToDouble(Reading::value)
                                .sum();
                litres.put(new MeterHour(r.sourceId(), hour), sum);
            }
        }
    }

    @Override
    public List<VolumeTotal> totals(Instant from, Instant to, VolumeBucket bucket) {
        Map<Instant, List<Map.Entry<MeterHour, Double>>> byBucket = new TreeMap<>();
        litres.entrySet().stream()
                .filter(e ->
                        !e.getKey().hour().isBefore(from) && e.getKey().hour().isBefore(to))
                .forEach(e -> byBucket.computeIfAbsent(bucket.start(e.getKey().hour()), b -> new ArrayList<>())
                        .add(e));
        List<VolumeTotal> totals = new ArrayList<>();
        byBucket.forEach((start, in) -> totals.add(new VolumeTotal(
                start, in.stream().mapToDouble(Map.Entry::getValue).sum(), (int)
                        in.stream().map(e -> e.getKey().source()).distinct().count())));
        return totals;
    }
}
