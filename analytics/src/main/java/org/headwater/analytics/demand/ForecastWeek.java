package org.headwater.analytics.demand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.headwater.calendar.UtilityCalendar;

/**
 * 168 consecutive hours from 00:00 local time of {@code firstDay} in the utility's {@code calendar}. BWDF weeks start on a Monday
 * ({@link #parse}); the platform's daily job starts one on every day. When the clocks change inside
 * the week the 168 hours end an hour earlier or later on the last night; every hour still gets its
 * own local calendar.
 */
public record ForecastWeek(LocalDate firstDay, UtilityCalendar calendar) {

    public static final int HOURS = 168;

    /** A BWDF week: the date must be a Monday. */
    public static ForecastWeek parse(String text, UtilityCalendar calendar) {
        LocalDate monday;
        try {
            monday = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("week: '" + text + "' is not a date YYYY-MM-DD", e);
        }
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "week: " + monday + " is a " + monday.getDayOfWeek() + ", a week starts on a Monday");
        }
        return new ForecastWeek(monday, calendar);
    }

    /** The week starting at the last local midnight at or before {@code now}. */
    public static ForecastWeek startingToday(Instant now, UtilityCalendar calendar) {
        return new ForecastWeek(calendar.localDate(now), calendar);
    }

    /** 00:00 local of the first day as an instant: the forecast may use inflows strictly before it. */
    public Instant origin() {
        return calendar.startOfDay(firstDay);
    }

    /** The week starting {@code days} days earlier. */
    public ForecastWeek daysBefore(int days) {
        return new ForecastWeek(firstDay.minusDays(days), calendar);
    }

    public Instant hour(int index) {
        return origin().plus(Duration.ofHours(index));
    }

    @Override
    public String toString() {
        return firstDay.toString();
    }
}
