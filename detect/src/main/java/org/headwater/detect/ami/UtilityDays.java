package org.headwater.detect.ami;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where the utility's days start and end in its time zone (23 or 25 hours on DST changes). Meters
 * mostly ask about the same day one after another, so the last answer is kept and reused.
 */
final class UtilityDays {

    /** One local day as an epoch-millisecond range {@code [startMillis, endMillis)}. */
    record Day(LocalDate date, long startMillis, long endMillis) {}

    private final ZoneId zone;
    private Day last = new Day(LocalDate.EPOCH, 0, 0);

    UtilityDays(ZoneId zone) {
        this.zone = zone;
    }

    Day containing(long timeMillis) {
        Day d = last;
        if (timeMillis >= d.startMillis() && timeMillis < d.endMillis()) {
            return d;
        }
        LocalDate date = Instant.ofEpochMilli(timeMillis).atZone(zone).toLocalDate();
        d = new Day(
                date,
                date.atStartOfDay(zone).toInstant().toEpochMilli(),
                date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        last = d;
        return d;
    }
}
