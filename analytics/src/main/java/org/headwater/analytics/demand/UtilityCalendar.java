package org.headwater.analytics.demand;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The utility's clock: demand follows local time (Europe/Rome, with daylight saving), so every
 * calendar feature is taken from the local date and hour of an instant, never from UTC.
 */
public final class UtilityCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private UtilityCalendar() {}

    public static LocalDateTime local(Instant hour) {
        return LocalDateTime.ofInstant(hour, ZONE);
    }

    /** 0 for Monday 00:00 local to 167 for Sunday 23:00 local. */
    public static int hourOfWeek(Instant hour) {
        LocalDateTime local = local(hour);
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }

    /** 0 working day, 1 Saturday, 2 Sunday or public holiday: the three shapes a day of demand takes. */
    public static int dayType(Instant hour) {
        LocalDateTime local = local(hour);
        if (local.getDayOfWeek() == DayOfWeek.SUNDAY || ItalianHolidays.isHoliday(local.toLocalDate())) {
            return 2;
        }
        return local.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0;
    }

    /**
     * The same local weekday and hour {@code weeks} weeks earlier. Across a DST change this is 167
     * or 169 real hours per week, not 168; a local hour that does not exist moves one hour later.
     */
    public static Instant sameLocalHourWeeksBefore(Instant hour, int weeks) {
        return ZonedDateTime.ofLocal(local(hour).minusWeeks(weeks), ZONE, null).toInstant();
    }

    /** The same local hour {@code days} days earlier; a local hour that does not exist moves one hour later. */
    public static Instant sameLocalHourDaysBefore(Instant hour, int days) {
        return ZonedDateTime.ofLocal(local(hour).minusDays(days), ZONE, null).toInstant();
    }
}
