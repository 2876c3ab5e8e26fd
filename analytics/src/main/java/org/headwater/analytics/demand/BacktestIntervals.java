package org.headwater.analytics.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prediction intervals from the forecaster's own recent errors. The forecaster runs again at each
 * of the last {@code days} daily origins before the week, on the history cut there; its errors
 * (actual − forecast, L/s) against the inflows that arrived since are pooled per DMA and horizon
 * day (hours 0–23, 24–47, …), because errors grow with the horizon. An hour's interval is its
 * forecast plus the (1 − level)/2 and (1 + level)/2 empirical quantiles of its horizon day's errors,
 * floored at 0. A horizon day with fewer than {@link #MIN_ERRORS} errors (short histories: the
 * farther days have no truth yet) borrows the nearest shorter horizon that has enough, which makes
 * its interval too narrow rather than absent; none at all gives {@code NaN} bounds.
 */
public final class BacktestIntervals {

    static final int MIN_ERRORS = 24;
    private static final int DAYS_PER_WEEK = 7;

    private final int days;
    private final double level;

    public BacktestIntervals(int days, double level) {
        if (days < 1) {
            throw new IllegalArgumentException("days: at least one backtest origin is needed, was " + days);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must lie in (0, 1), was " + level);
        }
        this.days = days;
        this.level = level;
    }

    public double level() {
        return level;
    }

    /**
     * Forecasts {@code week} for every DMA with {@code forecaster} and adds intervals from its backtests.
     *
     * @param histories inflows by DMA; anything at or after the week's origin is ignored
     */
    public Map<String, IntervalForecast> forecast(
            DemandForecaster forecaster, Map<String, HourlySeries> histories, Weather weather, ForecastWeek week) {
        Map<String, HourlySeries> past = cut(histories, week);
        Map<String, double[]> forecasts = forecaster.forecastAll(past, weather, week);
        Map<String, List<List<Double>>> errors = backtestErrors(forecaster, past, weather, week);
        Map<String, IntervalForecast> result = new LinkedHashMap<>();
        forecasts.forEach(
                (dma, forecast) -> result.put(dma, withIntervals(forecaster.name(), forecast, errors.get(dma))));
        return result;
    }

    private Map<String, List<List<Double>>> backtestErrors(
            DemandForecaster forecaster, Map<String, HourlySeries> past, Weather weather, ForecastWeek week) {
        Map<String, List<List<Double>>> errors = new LinkedHashMap<>();
        past.keySet().forEach(dma -> errors.put(dma, emptyDays()));
        for (int k = 1; k <= days; k++) {
            ForecastWeek earlier = week.daysBefore(k);
            Map<String, HourlySeries> cut = cut(past, earlier);
            if (cut.values().stream().allMatch(series -> series.size() == 0)) {
                break;
            }
            Map<String, double[]> backtests = forecaster.forecastAll(cut, weather, earlier);
            backtests.forEach((dma, forecast) -> {
                double[] actual = past.get(dma).window(earlier.origin(), ForecastWeek.HOURS);
                for (int h = 0; h < ForecastWeek.HOURS; h++) {
                    if (!Double.isNaN(actual[h]) && !Double.isNaN(forecast[h])) {
                        errors.get(dma).get(h / 24).add(actual[h] - forecast[h]);
                    }
                }
            });
        }
        return errors;
    }

    private IntervalForecast withIntervals(String model, double[] forecast, List<List<Double>> errorsByDay) {
        double[] lower = new double[ForecastWeek.HOURS];
        double[] upper = new double[ForecastWeek.HOURS];
        for (int day = 0; day < DAYS_PER_WEEK; day++) {
            double[] errors = nearestUsable(errorsByDay, day);
            double low = quantile(errors, (1 - level) / 2);
            double high = quantile(errors, (1 + level) / 2);
            for (int h = day * 24; h < (day + 1) * 24; h++) {
                lower[h] = Math.max(0, forecast[h] + low);
                upper[h] = Math.max(0, forecast[h] + high);
            }
        }
        return new IntervalForecast(model, level, forecast, lower, upper);
    }

    private static double[] nearestUsable(List<List<Double>> errorsByDay, int day) {
        for (int d = day; d >= 0; d--) {
            if (errorsByDay.get(d).size() >= MIN_ERRORS) {
                return errorsByDay.get(d).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray();
            }
        }
        return new double[0];
    }

    /** Linear interpolation between order statistics; {@code NaN} for no values. */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static Map<String, HourlySeries> cut(Map<String, HourlySeries> histories, ForecastWeek week) {
        Map<String, HourlySeries> cut = new LinkedHashMap<>();
        histories.forEach((dma, series) -> cut.put(dma, series.before(week.origin())));
        return cut;
    }

    private static List<List<Double>> emptyDays() {
        List<List<Double>> days = new ArrayList<>();
        for (int d = 0; d < DAYS_PER_WEEK; d++) {
            days.add(new ArrayList<>());
        }
        return days;
    }
}
