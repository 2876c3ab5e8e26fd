package org.headwater.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The utility's clock and calendar: demand, night windows, schedules and daily runs follow local time
 * (with daylight saving) and local holidays, so everything that depends on the day or the hour takes
 * the local date and hour of an instant from here, never from UTC or the server's zone.
 *
 * @param zone the utility's time zone
 * @param holidays its public holidays
 * @param place what the holidays are for ("IT", "US-NY"), for logs and the API
 */
public record UtilityCalendar(ZoneId zone, Holidays holidays, String place) {

    public UtilityCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(place, "place");
    }

    /** UTC without holidays: what a test or a tool gets when nothing was configured. */
    public static UtilityCalendar utc() {
        return new UtilityCalendar(ZoneId.of("UTC"), Holidays.none(), "none");
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    public LocalDate localDate(Instant instant) {
        return local(instant).toLocalDate();
    }

    /** 00:00 local of {@code date} (the first instant of the day where midnight is skipped). */
    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.isHoliday(date);
    }

    /** A working day squeezed between a holiday and a weekend, when many offices close ("ponte"). */
    public boolean isBridgeDay(LocalDate date) {
        if (isHoliday(date) || isWeekend(date)) {
            return false;
        }
        LocalDate before = date.minusDays(1);
        LocalDate after = date.plusDays(1);
        return (isHoliday(before) && isWeekend(after)) || (isWeekend(before) && isHoliday(after));
    }

    /** 0 for Monday 00:00 local to 167 for Sunday 23:00 local. */
    public int hourOfWeek(Instant hour) {
        LocalDateTime local = local(hour);
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }

    /** 0 working day, 1 Saturday, 2 Sunday or public holiday: the three shapes a day of demand takes. */
    public int dayType(Instant hour) {
        LocalDateTime local = local(hour);
        if (local.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(local.toLocalDate())) {
            return 2;
        }
        return local.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0;
    }

    /**
     * The same local weekday and hour {@code weeks} weeks earlier. Across a DST change this is 167
     * or 169 real hours per week, not 168; a local hour that does not exist moves one hour later.
     */
    public Instant sameLocalHourWeeksBefore(Instant hour, int weeks) {
        return ZonedDateTime.ofLocal(local(hour).minusWeeks(weeks), zone, null).toInstant();
    }

    /** The same local hour {@code days} days earlier; a local hour that does not exist moves one hour later. */
    public Instant sameLocalHourDaysBefore(Instant hour, int days) {
        return ZonedDateTime.ofLocal(local(hour).minusDays(days), zone, null).toInstant();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
