package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prediction intervals from backtest errors contain the truth about as often as they claim. */
class BacktestIntervalsTest {

    @Test
    void ninetyPercentIntervalsOfTheBaselineContainAboutNinetyPercentOfRealBwdfHours() {
        HourlyTable inflows = BwdfTestData.winterSpringInflows();
        BacktestIntervals intervals = new BacktestIntervals(14, 0.9);
        int inside = 0;
        int scored = 0;
        // Eight weekly origins in February and March 2022, each with at least 8 weeks of history.
        for (LocalDate day = LocalDate.of(2022, 2, 7); day.isBefore(LocalDate.of(2022, 3, 28)); day = day.plusDays(7)) {
            ForecastWeek week = new ForecastWeek(day, BwdfTestData.ITALY);
            Map<String, IntervalForecast> forecasts =
                    intervals.forecast(new SameHourOfWeekBaseline(4), inflows.columns(), Weather.unavailable(), week);
            for (var entry : forecasts.entrySet()) {
                double[] truth = inflows.column(entry.getKey()).window(week.origin(), ForecastWeek.HOURS);
                double[] lower = entry.getValue().lower();
                double[] upper = entry.getValue().upper();
                for (int h = 0; h < ForecastWeek.HOURS; h++) {
                    if (!Double.isNaN(truth[h])) {
                        scored++;
                        inside += truth[h] >= lower[h] && truth[h] <= upper[h] ? 1 : 0;
                    }
                }
            }
        }
        double coverage = (double) inside / scored;
        assertThat(scored).isGreaterThan(10_000);
        assertThat(coverage).isBetween(0.82, 0.96);
    }

    @Test
    void boundsEncloseTheForecastAndWidenWithTheHorizon() {
        HourlyTable inflows = BwdfTestData.winterSpringInflows();
        ForecastWeek week = new ForecastWeek(
                LocalDate.of(2022, 3, 16), BwdfTestData.ITALY); // a Wednesday, as the daily job may start
        IntervalForecast dma1 = new BacktestIntervals(14, 0.9)
                .forecast(
                        new SameHourOfWeekBaseline(4),
                        Map.of("DMA 1", inflows.column("DMA 1")),
                        Weather.unavailable(),
                        week)
                .get("DMA 1");

        double[] forecast = dma1.forecast();
        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            assertThat(dma1.lower()[h]).isLessThanOrEqualTo(forecast[h]);
            assertThat(dma1.upper()[h]).isGreaterThanOrEqualTo(forecast[h]);
        }
        assertThat(width(dma1, 6)).isGreaterThanOrEqualTo(width(dma1, 0) * 0.8);
    }

    @Test
    void aDmaWithoutEnoughBacktestErrorsGetsNoBounds() {
        // 36 hours of history: the one backtest a day earlier can only compare 12 hours.
        ForecastWeek week = new ForecastWeek(LocalDate.of(2022, 3, 14), BwdfTestData.ITALY);
        HourlySeries dayAndHalf =
                SyntheticSeries.hourly(week.origin().minusSeconds(36 * 3600L), week.origin(), hour -> 5.0);
        Map<String, HourlySeries> histories = new LinkedHashMap<>();
        histories.put("new", dayAndHalf);

        IntervalForecast forecast = new BacktestIntervals(1, 0.9)
                .forecast(new SameHourOfDayBaseline(7), histories, Weather.unavailable(), week)
                .get("new");

        assertThat(forecast.forecast()).containsOnly(5.0);
        assertThat(forecast.lower()).containsOnly(Double.NaN);
    }

    @Test
    void aLevelOutsideZeroToOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> new BacktestIntervals(7, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level")
                .hasMessageContaining("1.5");
    }

    private static double width(IntervalForecast forecast, int day) {
        double sum = 0;
        for (int h = day * 24; h < (day + 1) * 24; h++) {
            sum += forecast.upper()[h] - forecast.lower()[h];
        }
        return sum / 24;
    }
}
