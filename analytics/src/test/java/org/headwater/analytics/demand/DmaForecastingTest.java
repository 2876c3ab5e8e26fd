package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform picks the forecaster each DMA's history can support and says which it used. */
class DmaForecastingTest {

    private static final ForecastWeek WEEK = new ForecastWeek(LocalDate.of(2022, 3, 17), BwdfTestData.ITALY);
    private final DmaForecasting forecasting =
            new DmaForecasting(new BoostedDemandForecaster(8, 30, 1, true), new BacktestIntervals(2, 0.9));

    @Test
    void eachDmaGetsTheModelItsHistoryDepthSupports() {
        Map<String, HourlySeries> histories = new LinkedHashMap<>();
        histories.put("hours", daysOfShape(0.5));
        histories.put("days", daysOfShape(4));
        histories.put("weeks", daysOfShape(20));
        histories.put("months", daysOfShape(7 * DmaForecasting.LEARNED_MODEL_WEEKS + 7));

        Map<String, IntervalForecast> forecasts = forecasting.forecast(histories, Weather.unavailable(), WEEK);

        assertThat(forecasts).containsOnlyKeys("days", "weeks", "months");
        assertThat(forecasts.get("days").model()).isEqualTo("baseline-same-hour-of-day-7d");
        assertThat(forecasts.get("weeks").model()).isEqualTo("baseline-robust-mean-4w");
        assertThat(forecasts.get("months").model()).isEqualTo("lightgbm-pooled");
    }

    @Test
    void theDailyBaselineRepeatsTheLocalDayShape() {
        IntervalForecast forecast = forecasting
                .forecast(Map.of("days", daysOfShape(4)), Weather.unavailable(), WEEK)
                .get("days");

        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            assertThat(forecast.forecast()[h]).isEqualTo(SyntheticSeries.dailyShape(WEEK.hour(h)));
        }
    }

    private static HourlySeries daysOfShape(double days) {
        Instant start = WEEK.origin().minusSeconds((long) (days * 24 * 3600));
        return SyntheticSeries.hourly(start, WEEK.origin(), SyntheticSeries::dailyShape);
    }
}
