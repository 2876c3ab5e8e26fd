package org.headwater.testkit;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;

/** {@link MeterEvents} held in memory. */
public final class InMemoryMeterEvents implements MeterEvents {

    private final Set<MeterEvent> events = new LinkedHashSet<>();

    @Override
    public synchronized long append(Collection<MeterEvent> newEvents) {
        long added = 0;
        for (MeterEvent e : newEvents) {
            // Identity is meter, time and code, as in the store; the vendor code of the first copy is kept.
            boolean known = events.stream()
                    .anyMatch(
                            k -> k.meterId().equals(e.meterId()) && k.time().equals(e.time()) && k.code() == e.code());
            if (!known && events.add(e)) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<MeterEvent> between(String meterId, Instant from, Instant to) {
        return events.stream()
                .filter(e -> e.meterId().equals(meterId)
                        && !e.time().isBefore(from)
                        && e.time().isBefore(to))
                .sorted(Comparator.comparing(MeterEvent::time).thenComparing(MeterEvent::code))
                .toList();
    }
}
