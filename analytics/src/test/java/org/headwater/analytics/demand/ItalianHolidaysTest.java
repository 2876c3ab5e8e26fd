package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20"})
    void easterSundayMatchesTheChurchCalendar(int year, LocalDate easter) {
        assertThat(ItalianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
        "2022-04-18, true", // Pasquetta, Easter Monday
        "2022-04-25, true",
        "2022-06-02, true",
        "2021-12-08, true",
        "2022-08-15, true",
        "2022-04-19, false",
        "2022-03-01, false"
    })
    void nationalHolidaysIncludeEasterMonday(LocalDate date, boolean holiday) {
        assertThat(ItalianHolidays.isHoliday(date)).isEqualTo(holiday);
    }

    @ParameterizedTest
    @CsvSource({
        "2022-06-03, true", // Friday after Republic Day (Thursday)
        "2021-11-02, false", // Tuesday after All Saints (Monday): the next day is a working day
        "2022-10-31, true", // Monday before All Saints (Tuesday)
        "2022-06-02, false"
    })
    void bridgeDaysSitBetweenAHolidayAndAWeekend(LocalDate date, boolean bridge) {
        assertThat(ItalianHolidays.isBridgeDay(date)).isEqualTo(bridge);
    }
}
