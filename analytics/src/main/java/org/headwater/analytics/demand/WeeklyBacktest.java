package org.headwater.analytics.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.headwater.calendar.UtilityCalendar;

/**
 * Forecasts every DMA for every listed week with only the inflows before the week's Monday, then
 * scores the forecast against the week's truth with the BWDF indicators.
 */
public final class WeeklyBacktest {

    private final DemandForecaster forecaster;

    public WeeklyBacktest(DemandForecaster forecaster) {
        this.forecaster = forecaster;
    }

    public List<DmaWeekForecast> run(HourlyTable inflows, Weather weather, List<ForecastWeek> weeks) {
        return run(inflows, week -> weather, weeks);
    }

    /**
     * @param weatherFor the weather a forecaster standing at each week's Monday has (observed, or
     *     observed before it and a forecast from it on)
     */
    public List<DmaWeekForecast> run(
            HourlyTable inflows, Function<ForecastWeek, Weather> weatherFor, List<ForecastWeek> weeks) {
        for (ForecastWeek week : weeks) {
            requireTruthAndHistory(inflows, week);
            // A few missing weather hours are gaps the model handles; a week mostly without weather is an input error.
            Weather weather = weatherFor.apply(week);
            int hours = weather.hoursWithTemperature(week);
            if (weather.isAvailable() && hours < ForecastWeek.HOURS / 2) {
                throw new IllegalArgumentException("weather: only " + hours + " of " + ForecastWeek.HOURS
                        + " hours of week " + week + " have a temperature");
            }
        }
        List<DmaWeekForecast> results = new ArrayList<>();
        for (ForecastWeek week : weeks) {
            // The forecaster gets truncated copies: it cannot see the week it forecasts.
            Map<String, HourlySeries> histories = new LinkedHashMap<>();
            inflows.columns().forEach((dma, series) -> histories.put(dma, series.before(week.origin())));
            Map<String, double[]> forecasts = forecaster.forecastAll(histories, weatherFor.apply(week), week);
            for (String dma : inflows.names()) {
                double[] forecast = forecasts.get(dma);
                double[] truth = inflows.column(dma).window(week.origin(), ForecastWeek.HOURS);
                results.add(new DmaWeekForecast(week, dma, forecast, truth, BwdfScore.of(forecast, truth)));
            }
        }
        return results;
    }

    /**
     * Every Monday of the inflows that can be forecast honestly: at least {@code historyWeeks} weeks
     * of inflows before it (the learned model's minimum) and all 168 hours of it inside the files.
     */
    public static List<ForecastWeek> allWeeks(HourlyTable inflows, int historyWeeks, UtilityCalendar calendar) {
        java.time.LocalDate first = calendar.localDate(inflows.start()).plusWeeks(historyWeeks);
        java.time.LocalDate monday =
                first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        List<ForecastWeek> weeks = new ArrayList<>();
        for (ForecastWeek week = new ForecastWeek(monday, calendar);
                !week.hour(ForecastWeek.HOURS - 1).isAfter(inflows.end().minusSeconds(3600));
                week = week.daysBefore(-7)) {
            weeks.add(week);
        }
        return weeks;
    }

    /** The BWDF total: mean of PI1 + PI2 + PI3 over the DMA-weeks that have truth. */
    public static double meanSum(List<DmaWeekForecast> results) {
        return results.stream()
                .map(DmaWeekForecast::score)
                .filter(BwdfScore::isScored)
                .mapToDouble(BwdfScore::sum)
                .average()
                .orElse(Double.NaN);
    }

    private static void requireTruthAndHistory(HourlyTable inflows, ForecastWeek week) {
        boolean hasTruth = false;
        boolean hasHistory = false;
        for (String dma : inflows.names()) {
            HourlySeries series = inflows.column(dma);
            hasTruth |= !Double.isNaN(RobustStatistics.mean(series.window(week.origin(), ForecastWeek.HOURS)));
            hasHistory |= series.indexOf(week.origin()) > 0;
        }
        if (!hasTruth) {
            throw new IllegalArgumentException("week " + week + ": no inflow truth in the given files, which cover "
                    + inflows.start() + " to " + inflows.end() + " (UTC)");
        }
        if (!hasHistory) {
            throw new IllegalArgumentException("week " + week + ": no inflow history before it");
        }
    }
}
