package org.headwater.calendar;

import java.time.LocalDate;

/** The public holidays of a utility's country and region; the edge supplies a maintained table. */
@FunctionalInterface
public interface Holidays {

    boolean isHoliday(LocalDate date);

    /** No holidays: for tests and for a utility that has not said where it is. */
    static Holidays none() {
        return date -> false;
    }
}
