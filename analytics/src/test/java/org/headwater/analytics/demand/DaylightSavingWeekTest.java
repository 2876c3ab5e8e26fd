package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weeks in which the clocks change still have 168 forecast hours, each with its local calendar. */
class DaylightSavingWeekTest {

    private static final ForecastWeek SPRING = new ForecastWeek(LocalDate.of(2022, 3, 21), BwdfTestData.ITALY);
    private static final ForecastWeek AUTUMN = new ForecastWeek(LocalDate.of(2021, 10, 25), BwdfTestData.ITALY);

    @Test
    void springWeekRunsFromMondayMidnightToTheNextMondayMidnightLocal() {
        assertThat(BwdfTestData.ITALY.local(SPRING.hour(0))).isEqualTo(LocalDateTime.of(2022, 3, 21, 0, 0));
        assertThat(BwdfTestData.ITALY.local(SPRING.hour(167))).isEqualTo(LocalDateTime.of(2022, 3, 28, 0, 0));
    }

    @Test
    void autumnWeekEndsOnSundayAt22Local() {
        assertThat(BwdfTestData.ITALY.local(AUTUMN.hour(167))).isEqualTo(LocalDateTime.of(2021, 10, 31, 22, 0));
    }

    @Test
    void baselineFollowsLocalTimeAcrossBothChanges() {
        for (ForecastWeek week : List.of(SPRING, AUTUMN)) {
            Instant start = week.origin().minusSeconds(6 * 168 * 3600L);
            HourlySeries history = SyntheticSeries.hourly(start, week.origin(), SyntheticSeries::dailyShape);

            double[] forecast = new SameHourOfWeekBaseline(4).forecast(history, SyntheticSeries.noWeather(), week);

            assertThat(forecast).hasSize(168);
            for (int h = 0; h < 168; h++) {
                // A 168-hour shift in UTC would be one hour off after the change.
                assertThat(forecast[h]).as("%s hour %d", week, h).isEqualTo(SyntheticSeries.dailyShape(week.hour(h)));
            }
        }
    }

    @Test
    void realSpringWeekIsForecastAndScoredOn168Hours() {
        HourlyTable inflows = BwdfTestData.winterSpringInflows();

        List<DmaWeekForecast> results = new WeeklyBacktest(new BoostedDemandForecaster(8, 30, 1, true))
                .run(inflows, BwdfTestData.weather(), List.of(SPRING));

        assertThat(results).hasSize(10).allSatisfy(result -> {
            assertThat(result.forecast()).hasSize(168).doesNotContain(Double.NaN);
            assertThat(result.score().isScored()).isTrue();
        });
    }

    @Test
    void bothAutumnTwoOClockHoursAreForecastFromTheSameLocalHour() {
        HourlyTable inflows = BwdfCsv.read(BwdfTestData.AUTUMN_INFLOWS);
        ForecastWeek week = AUTUMN;

        DmaWeekForecast dma3 = new WeeklyBacktest(new SameHourOfWeekBaseline(3))
                .run(inflows, BwdfTestData.weather(), List.of(week))
                .get(2);

        int firstTwoOClock = 6 * 24 + 2; // Sunday 02:00 CEST
        assertThat(BwdfTestData.ITALY.local(week.hour(firstTwoOClock + 1)).getHour())
                .isEqualTo(2); // 02:00 CET
        assertThat(dma3.forecast()[firstTwoOClock]).isEqualTo(dma3.forecast()[firstTwoOClock + 1]);
        assertThat(dma3.truth()[firstTwoOClock]).isNotEqualTo(dma3.truth()[firstTwoOClock + 1]);
    }
}
