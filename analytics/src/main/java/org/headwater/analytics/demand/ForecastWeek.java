package org.headwater.analytics.demand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A forecast week as BWDF defines it: 168 consecutive hours from Monday 00:00 local time. When the
 * clocks change inside the week the 168 hours end an hour earlier or later on the next Monday or
 * Sunday night; every hour still gets its own local calendar.
 */
public record ForecastWeek(LocalDate monday) {

    public static final int HOURS = 168;

    public ForecastWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "week: " + monday + " is a " + monday.getDayOfWeek() + ", a week starts on a Monday");
        }
    }

    public static ForecastWeek parse(String text) {
        try {
            return new ForecastWeek(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("week: '" + text + "' is not a date YYYY-MM-DD", e);
        }
    }

    /** Monday 00:00 local as an instant: the forecast may use inflows strictly before it. */
    public Instant origin() {
        return monday.atStartOfDay(UtilityCalendar.ZONE).toInstant();
    }

    public Instant hour(int index) {
        return origin().plus(Duration.ofHours(index));
    }

    @Override
    public String toString() {
        return monday.toString();
    }
}
