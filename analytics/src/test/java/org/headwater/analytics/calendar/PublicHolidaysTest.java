package org.headwater.analytics.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.headwater.calendar.UtilityCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    private static final UtilityCalendar ITALY = PublicHolidays.calendar("Europe/Rome", "IT", "");
    private static final UtilityCalendar US = PublicHolidays.calendar("America/Chicago", "US", "");

    @ParameterizedTest
    @CsvSource({
        "2021-01-06, true", // Epifania
        "2021-04-05, true", // Easter Monday 2021
        "2022-04-18, true", // Easter Monday 2022
        "2022-04-25, true", // Liberazione
        "2022-06-02, true", // Festa della Repubblica
        "2021-08-15, true", // Ferragosto
        "2021-12-08, true", // Immacolata
        "2021-12-26, true", // Santo Stefano
        "2022-04-19, false",
        "2022-11-24, false", // US Thanksgiving is a working day in Italy
    })
    void italysNationalHolidaysAreTheOnesTheDemandModelWasScoredWith(LocalDate date, boolean holiday) {
        assertThat(ITALY.isHoliday(date)).isEqualTo(holiday);
    }

    @Test
    void aUsUtilityHasThanksgivingAndIndependenceDayNotEasterMonday() {
        assertThat(US.isHoliday(LocalDate.of(2022, 11, 24))).isTrue();
        assertThat(US.isHoliday(LocalDate.of(2022, 7, 4))).isTrue();
        assertThat(US.isHoliday(LocalDate.of(2022, 4, 18))).isFalse();
        // Thanksgiving is a Thursday: a Sunday-like demand day for the model, and the Friday after is a bridge.
        assertThat(US.dayType(LocalDate.of(2022, 11, 24)
                        .atTime(10, 0)
                        .atZone(US.zone())
                        .toInstant()))
                .isEqualTo(2);
    }

    @Test
    void aHolidayMovedToAWeekdayCountsOnTheDayOffToo() {
        // 4 July 2021 was a Sunday; the federal holiday was observed on Monday 5 July.
        assertThat(US.isHoliday(LocalDate.of(2021, 7, 5))).isTrue();
    }

    @Test
    void aRegionAddsItsOwnHolidays() {
        // Whit Monday is a holiday in South Tyrol (region 32), not in the rest of Italy.
        UtilityCalendar southTyrol = PublicHolidays.calendar("Europe/Rome", "IT", "32");
        assertThat(southTyrol.isHoliday(LocalDate.of(2022, 6, 6))).isTrue();
        assertThat(ITALY.isHoliday(LocalDate.of(2022, 6, 6))).isFalse();
        assertThat(southTyrol.place()).isEqualTo("IT-32");
    }

    @Test
    void noCountryMeansNoHolidaysInTheGivenZone() {
        UtilityCalendar calendar = PublicHolidays.calendar("Asia/Tokyo", "", "");
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(calendar.isHoliday(LocalDate.of(2022, 1, 1))).isFalse();
    }

    @Test
    void anUnknownCountryOrZoneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PublicHolidays.calendar("Europe/Rome", "XX", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country");
        assertThatThrownBy(() -> PublicHolidays.calendar("Mars/Olympus", "IT", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone");
    }
}
