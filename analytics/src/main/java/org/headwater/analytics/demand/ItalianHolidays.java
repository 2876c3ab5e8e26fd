package org.headwater.analytics.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** Italy's national public holidays, the fixed ones and the two that follow Easter. */
public final class ItalianHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), // Capodanno
            MonthDay.of(1, 6), // Epifania
            MonthDay.of(4, 25), // Liberazione
            MonthDay.of(5, 1), // Festa del lavoro
            MonthDay.of(6, 2), // Festa della Repubblica
            MonthDay.of(8, 15), // Ferragosto
            MonthDay.of(11, 1), // Ognissanti
            MonthDay.of(12, 8), // Immacolata
            MonthDay.of(12, 25), // Natale
            MonthDay.of(12, 26)); // Santo Stefano

    private ItalianHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        LocalDate easter = easterSunday(date.getYear());
        return FIXED.contains(MonthDay.from(date)) || date.equals(easter) || date.equals(easter.plusDays(1));
    }

    /** A working day squeezed between a holiday and a weekend, when many offices close ("ponte"). */
    public static boolean isBridgeDay(LocalDate date) {
        if (isHoliday(date) || isWeekend(date)) {
            return false;
        }
        LocalDate before = date.minusDays(1);
        LocalDate after = date.plusDays(1);
        return (isHoliday(before) && isWeekend(after)) || (isWeekend(before) && isHoliday(after));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
