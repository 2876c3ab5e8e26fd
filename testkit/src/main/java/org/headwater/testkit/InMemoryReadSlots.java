package org.headwater.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.ReadSlots;
import org.headwater.telemetry.Reading;

/** {@link ReadSlots} counted over the readings of an {@link InMemoryReadings}. */
public final class InMemoryReadSlots implements ReadSlots {

    private final InMemoryReadings readings;

    public InMemoryReadSlots(InMemoryReadings readings) {
        this.readings = readings;
    }

    @Override
    public Map<String, Long> distinctSlots(Duration slot, Instant from, Instant to) {
        ReadSlots.positive(slot);
        long slotMillis = slot.toMillis();
        return readings.all().stream()
                .filter(r -> r.measurand() == Measurand.REGISTER || r.measurand() == Measurand.INTERVAL_VOLUME)
                .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to))
                .collect(Collectors.groupingBy(
                        Reading::sourceId,
                        Collectors.collectingAndThen(
                                Collectors.mapping(
                                        (Reading r) -> Math.floorDiv(r.time().toEpochMilli(), slotMillis),
                                        Collectors.toSet()),
                                slots -> (long) slots.size())));
    }
}
