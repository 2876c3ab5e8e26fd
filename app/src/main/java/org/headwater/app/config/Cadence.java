package org.headwater.app.config;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a scheduled job is due, in the time of the server's clock (the demo's replay clock runs faster
 * than the wall): the schedule looks at the clock and runs the job once the clock has reached its due
 * time.
 */
public sealed interface Cadence {

    /** When the job is first due, the clock reading {@code now} when it was scheduled. */
    Instant first(Instant now);

    /** When the job is next due after a run that started at clock time {@code ranAt}. */
    Instant next(Instant ranAt);

    /** Due at every look: for jobs that read the clock themselves to decide what there is to do. */
    static Cadence atEveryLook() {
        return new EveryLook();
    }

    /** Due every day at {@code at} in {@code zone}, the first time strictly after scheduling. */
    static Cadence dailyAt(LocalTime at, ZoneId zone) {
        return new Daily(at, zone);
    }

    /** Due at once and at every look after. */
    record EveryLook() implements Cadence {
        @Override
        public Instant first(Instant now) {
            return now;
        }

        @Override
        public Instant next(Instant ranAt) {
            return ranAt;
        }
    }

    /**
     * Due at a local time of day in a zone; a time skipped by a daylight-saving change moves forward
     * to the first time that exists.
     *
     * @param at the local time of day
     * @param zone the zone whose days count
     */
    record Daily(LocalTime at, ZoneId zone) implements Cadence {
        @Override
        public Instant first(Instant now) {
            return next(now);
        }

        /** The first {@code at} in {@code zone} strictly after {@code ranAt}. */
        @Override
        public Instant next(Instant ranAt) {
            ZonedDateTime today = ranAt.atZone(zone).toLocalDate().atTime(at).atZone(zone);
            return today.toInstant().isAfter(ranAt)
                    ? today.toInstant()
                    : today.plusDays(1).toInstant();
        }
    }
}
