package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.calendar.UtilityCalendar;
import org.junit.jupiter.api.Test;

class HistoryCleanerTest {

    private static final Instant START = new ForecastWeek(LocalDate.of(2022, 3, 28), BwdfTestData.ITALY).origin();
    private static final Instant END = START.plusSeconds(8 * 168 * 3600L);

    @Test
    void aSpikeFarFromTheSameHourInNeighbouringWeeksBecomesAGap() {
        Instant spike = START.plusSeconds(2 * 168 * 3600L + 10 * 3600L);
        HourlySeries raw = SyntheticSeries.hourly(
                START,
                END,
                hour -> SyntheticSeries.dailyShape(hour) * SyntheticSeries.jitter(hour)
                        + (hour.equals(spike) ? 30 : 0));

        HourlySeries cleaned = HistoryCleaner.clean(raw, BwdfTestData.ITALY);

        assertThat(cleaned.at(spike)).isNaN();
        assertThat(cleaned.at(spike.plusSeconds(3600))).isEqualTo(raw.at(spike.plusSeconds(3600)));
    }

    @Test
    void unusualDemandOnAPublicHolidayIsKept() {
        // 25 April 2022, Liberation Day: the city sleeps in, demand shifts; that is real demand.
        Instant liberationDayMorning = LocalDate.of(2022, 4, 25)
                .atTime(8, 0)
                .atZone(BwdfTestData.ITALY.zone())
                .toInstant();
        HourlySeries raw = SyntheticSeries.hourly(
                START,
                END,
                hour -> SyntheticSeries.dailyShape(hour)
                        * SyntheticSeries.jitter(hour)
                        * (hour.equals(liberationDayMorning) ? 0.3 : 1));

        assertThat(HistoryCleaner.clean(raw, BwdfTestData.ITALY).at(liberationDayMorning))
                .isEqualTo(raw.at(liberationDayMorning));
    }

    @Test
    void aUsUtilitysThanksgivingIsKeptWhereAnItalianCalendarWouldBlankIt() {
        // 24 November 2022 is Thanksgiving in the US and a working day in Italy.
        UtilityCalendar newYork = PublicHolidays.calendar("America/New_York", "US", "");
        Instant start = newYork.startOfDay(LocalDate.of(2022, 10, 24));
        Instant thanksgivingMorning =
                LocalDate.of(2022, 11, 24).atTime(8, 0).atZone(newYork.zone()).toInstant();
        HourlySeries raw = SyntheticSeries.hourly(
                start,
                start.plusSeconds(8 * 168 * 3600L),
                hour -> 20 * SyntheticSeries.jitter(hour) * (hour.equals(thanksgivingMorning) ? 0.2 : 1));

        assertThat(HistoryCleaner.clean(raw, newYork).at(thanksgivingMorning)).isEqualTo(raw.at(thanksgivingMorning));
        UtilityCalendar sameZoneItalianHolidays =
                new UtilityCalendar(newYork.zone(), BwdfTestData.ITALY.holidays(), "IT");
        assertThat(HistoryCleaner.clean(raw, sameZoneItalianHolidays).at(thanksgivingMorning))
                .isNaN();
    }

    @Test
    void sixOrMoreIdenticalHoursAreAStuckMeter() {
        Instant stuck = START.plusSeconds(2 * 168 * 3600L);
        HourlySeries raw = SyntheticSeries.hourly(START, END, hour -> {
            long offset = hour.getEpochSecond() - stuck.getEpochSecond();
            return offset >= 0 && offset < 6 * 3600
                    ? 12.5
                    : SyntheticSeries.dailyShape(hour) * SyntheticSeries.jitter(hour);
        });

        HourlySeries cleaned = HistoryCleaner.clean(raw, BwdfTestData.ITALY);

        assertThat(cleaned.window(stuck, 6)).containsOnly(Double.NaN);
        assertThat(cleaned.at(stuck.plusSeconds(6 * 3600))).isNotNaN();
    }
}
