package org.headwater.analytics.demand;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a backtest's SUM spreads over its weeks: one week's SUM is the mean PI1+PI2+PI3 of its scored
 * DMAs, and a model that wins on average may still lose badly on a holiday week, which a mean hides.
 */
public record WeekSpread(Map<ForecastWeek, Double> sums, double mean, double median, double q1, double q3) {

    public WeekSpread {
        sums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sums));
    }

    public static WeekSpread of(List<DmaWeekForecast> results) {
        Map<ForecastWeek, Double> sums = new LinkedHashMap<>();
        Map<ForecastWeek, int[]> counts = new LinkedHashMap<>();
        for (DmaWeekForecast result : results) {
            if (result.score().isScored()) {
                sums.merge(result.week(), result.score().sum(), Double::sum);
                counts.computeIfAbsent(result.week(), w -> new int[1])[0]++;
            }
        }
        sums.replaceAll((week, total) -> total / counts.get(week)[0]);
        double[] sorted =
                sums.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new WeekSpread(
                sums,
                Arrays.stream(sorted).average().orElse(Double.NaN),
                quantile(sorted, 0.5),
                quantile(sorted, 0.25),
                quantile(sorted, 0.75));
    }

    /** Linear interpolation between order statistics (the default of R and NumPy). */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public double iqr() {
        return q3 - q1;
    }
}
