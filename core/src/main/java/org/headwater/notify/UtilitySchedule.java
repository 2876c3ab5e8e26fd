package org.headwater.notify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.headwater.calendar.Holidays;
import org.headwater.calendar.UtilityCalendar;

/**
 * The utility's working week in its own time zone: business days and hours, and holidays, which
 * count as after hours all day but are routed on their own.
 */
public record UtilitySchedule(
        UtilityCalendar calendar,
        Set<DayOfWeek> businessDays,
        LocalTime opens,
        LocalTime closes,
        Set<LocalDate> holidays) {

    public UtilitySchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        businessDays = businessDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(businessDays);
        holidays = Set.copyOf(holidays);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours: opens " + opens + " must be before closes " + closes);
        }
    }

    /** A schedule in {@code zone} whose only holidays are the listed dates. */
    public UtilitySchedule(
            ZoneId zone, Set<DayOfWeek> businessDays, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        this(new UtilityCalendar(zone, Holidays.none(), "none"), businessDays, opens, closes, holidays);
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    /** Monday to Friday, 07:00 to 17:00, no holidays. */
    public static UtilitySchedule weekdays(ZoneId zone) {
        return new UtilitySchedule(
                zone,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0),
                LocalTime.of(17, 0),
                Set.of());
    }

    public Period periodAt(Instant instant) {
        ZonedDateTime local = instant.atZone(calendar.zone());
        // The utility's public holidays, and the extra dates it lists (a local feast, a closure).
        if (holidays.contains(local.toLocalDate()) || calendar.isHoliday(local.toLocalDate())) {
            return Period.HOLIDAY;
        }
        LocalTime time = local.toLocalTime();
        boolean open = businessDays.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
        return open ? Period.BUSINESS_HOURS : Period.AFTER_HOURS;
    }
}
