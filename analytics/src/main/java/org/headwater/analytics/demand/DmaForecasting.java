package org.headwater.analytics.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's forecast for every DMA: picks a forecaster by how much history each DMA has
 * before the week and adds prediction intervals from that forecaster's backtests. The learned model
 * needs {@link #LEARNED_MODEL_WEEKS} weeks (its training origins and the 4-week baseline it
 * corrects); the same-hour-of-week baseline needs one week; below that the same hour of day of the
 * last days keeps the daily rhythm; a DMA with less than a day of history gets no forecast.
 */
public final class DmaForecasting {

    public static final int LEARNED_MODEL_WEEKS = 8;

    private final DemandForecaster learned;
    private final DemandForecaster weekly = new SameHourOfWeekBaseline(DemandFeatures.BASELINE_WEEKS);
    private final DemandForecaster daily = new SameHourOfDayBaseline(7);
    private final BacktestIntervals intervals;

    public DmaForecasting(DemandForecaster learned, BacktestIntervals intervals) {
        this.learned = learned;
        this.intervals = intervals;
    }

    /**
     * @param histories inflows by DMA; only the hours before the week's origin are used
     * @return a forecast per DMA that has at least a day of history, in the order given
     */
    public Map<String, IntervalForecast> forecast(
            Map<String, HourlySeries> histories, Weather weather, ForecastWeek week) {
        Map<DemandForecaster, Map<String, HourlySeries>> groups = new LinkedHashMap<>();
        histories.forEach((dma, series) -> {
            HourlySeries past = series.before(week.origin());
            DemandForecaster chosen = choose(past, week.origin());
            if (chosen != null) {
                groups.computeIfAbsent(chosen, f -> new LinkedHashMap<>()).put(dma, past);
            }
        });
        Map<String, IntervalForecast> byDma = new LinkedHashMap<>();
        groups.forEach((forecaster, group) -> byDma.putAll(intervals.forecast(forecaster, group, weather, week)));
        Map<String, IntervalForecast> ordered = new LinkedHashMap<>();
        histories.keySet().stream().filter(byDma::containsKey).forEach(dma -> ordered.put(dma, byDma.get(dma)));
        return ordered;
    }

    private DemandForecaster choose(HourlySeries past, Instant origin) {
        Duration depth = depth(past, origin);
        if (depth.compareTo(Duration.ofDays(7L * LEARNED_MODEL_WEEKS)) >= 0) {
            return learned;
        }
        if (depth.compareTo(Duration.ofDays(7)) >= 0) {
            return weekly;
        }
        return depth.compareTo(Duration.ofDays(1)) >= 0 ? daily : null;
    }

    /** From the first hour with a value to the origin. */
    static Duration depth(HourlySeries past, Instant origin) {
        double[] values = past.values();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                return Duration.between(past.start().plus(Duration.ofHours(i)), origin);
            }
        }
        return Duration.ZERO;
    }
}
