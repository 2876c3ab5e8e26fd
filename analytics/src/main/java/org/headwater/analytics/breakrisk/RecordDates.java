package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the calendar dates of utility exports: {@code 2017/12/01 15:15:00+00} or {@code 2017-12-01}. */
final class RecordDates {

    private RecordDates() {}

    /**
     * The calendar date as written. The time and offset are ignored on purpose: many records carry
     * a date-only midnight, and shifting those to local time would move New Year breaks a year back.
     */
    static LocalDate parse(String value, String where, String column) {
        String datePart = value.length() >= 10 ? value.substring(0, 10).replace('/', '-') : value;
        try {
            return LocalDate.parse(datePart);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where + ": column " + column + " has '" + value
                            + "', expected a date like 2017/12/01 or 2017-12-01",
                    e);
        }
    }
}
