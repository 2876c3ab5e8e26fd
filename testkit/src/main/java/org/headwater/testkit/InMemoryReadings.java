package org.headwater.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/** A {@link Readings} held in memory, for tests of code that needs a store but not PostgreSQL. */
public final class InMemoryReadings implements Readings {

    private record Key(String sourceId, Measurand measurand, Instant time) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int c = sourceId.compareTo(other.sourceId);
            if (c == 0) {
                c = measurand.compareTo(other.measurand);
            }
            return c != 0 ? c : time.compareTo(other.time);
        }
    }

    private final ConcurrentSkipListMap<Key, Reading> stored = new ConcurrentSkipListMap<>();

    @Override
    public long append(Collection<Reading> readings) {
        long added = 0;
        for (Reading r : readings) {
            if (stored.putIfAbsent(new Key(r.sourceId(), r.measurand(), r.time()), r) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public List<Reading> between(String sourceId, Measurand measurand, Instant from, Instant to) {
        return List.copyOf(stored.subMap(new Key(sourceId, measurand, from), new Key(sourceId, measurand, to))
                .values());
    }

    @Override
    public List<VolumeTotal> totalVolume(Instant from, Instant to, VolumeBucket bucket) {
        Map<Instant, List<Reading>> byBucket = new TreeMap<>();
        all().stream()
                .filter(r -> r.measurand() == Measurand.INTERVAL_VOLUME)
                .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to))
                .forEach(r -> byBucket.computeIfAbsent(bucket.start(r.time()), b -> new ArrayList<>())
                        .add(r));
        List<VolumeTotal> totals = new ArrayList<>();
        byBucket.forEach((start, in) -> totals.add(
                new VolumeTotal(start, in.stream().mapToDouble(Reading::value).sum(), (int)
                        in.stream().map(Reading::sourceId).distinct().count())));
        return totals;
    }

    /** Every stored reading, by source, measurand and time. */
    public List<Reading> all() {
        return List.copyOf(stored.values());
    }

    @Override
    public long count() {
        return stored.size();
    }
}
