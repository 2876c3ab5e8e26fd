package org.headwater.analytics.demand;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.headwater.calendar.UtilityCalendar;

/**
 * The learned model's inputs for one target hour seen from one forecast origin. Inflow features
 * come only from hours before the origin; calendar and weather describe the target hour. Inflow
 * features are differences from the same-hour-of-week baseline, the quantity the model learns to correct.
 */
final class DemandFeatures {

    static final int BASELINE_WEEKS = 4;
    static final List<String> NAMES = List.of(
            "horizon_hour",
            "hour_of_day",
            "day_of_week",
            "day_type",
            "holiday",
            "bridge_day",
            "day_of_year",
            "baseline",
            "lag_1w_minus_baseline",
            "lag_2w_minus_baseline",
            "last_day_level_minus_baseline",
            "last_6h_level_minus_baseline",
            "last_week_level",
            "temperature",
            "temperature_24h",
            "temperature_24h_minus_last_week",
            "rainfall_24h",
            "rainfall_72h",
            "humidity",
            "wind",
            "dma");

    private final HourlySeries history;
    private final Weather weather;
    private final int dma;
    private final UtilityCalendar calendar;

    /**
     * @param history the cleaned inflow history; each origin only reads the hours before it
     * @param dma the DMA's position, a categorical feature when several DMAs share one model
     */
    DemandFeatures(HourlySeries history, Weather weather, int dma, UtilityCalendar calendar) {
        this.calendar = calendar;
        this.history = history;
        this.weather = weather;
        this.dma = dma;
    }

    /**
     * Inflow features and the target are divided by the origin's last-week mean, so that DMAs of
     * 3 L/s and of 60 L/s can share one model; {@code NaN} when the last week has no data.
     */
    static double scale(OriginLevels levels) {
        return Math.max(0.1, levels.lastWeekMean());
    }

    /** Everything about an origin that does not depend on the target hour, computed once per origin. */
    record OriginLevels(
            Instant origin,
            double lastDayMean,
            double lastWeekMean,
            double lastDayBaselineMean,
            double lastSixHoursMinusBaseline) {}

    OriginLevels levels(Instant origin) {
        Instant dayBefore = origin.minusSeconds(24 * 3600L);
        double[] baselineOfLastDay = new double[24];
        for (int i = 0; i < 24; i++) {
            baselineOfLastDay[i] = SameHourOfWeekBaseline.recentMean(
                    history, calendar, dayBefore, dayBefore.plusSeconds(3600L * i), BASELINE_WEEKS);
        }
        double[] lastDay = history.window(dayBefore, 24);
        double[] lastSixHoursMinusBaseline = new double[6];
        for (int i = 0; i < 6; i++) {
            lastSixHoursMinusBaseline[i] = lastDay[18 + i] - baselineOfLastDay[18 + i];
        }
        return new OriginLevels(
                origin,
                RobustStatistics.mean(lastDay),
                RobustStatistics.mean(history.window(origin.minusSeconds(168 * 3600L), 168)),
                RobustStatistics.mean(baselineOfLastDay),
                RobustStatistics.mean(lastSixHoursMinusBaseline));
    }

    /** The baseline for {@code target}; the model predicts the inflow minus this value. */
    double baseline(OriginLevels levels, Instant target) {
        return SameHourOfWeekBaseline.recentMean(history, calendar, levels.origin(), target, BASELINE_WEEKS);
    }

    double[] row(OriginLevels levels, Instant target, double baseline) {
        Instant origin = levels.origin();
        LocalDateTime local = calendar.local(target);
        double temperature24h = Weather.trailingMean(weather.temperatureCelsius(), target, 24);
        double scale = scale(levels);
        return new double[] {
            (target.getEpochSecond() - origin.getEpochSecond()) / 3600.0,
            local.getHour(),
            local.getDayOfWeek().getValue() - 1,
            calendar.dayType(target),
            calendar.isHoliday(local.toLocalDate()) ? 1 : 0,
            calendar.isBridgeDay(local.toLocalDate()) ? 1 : 0,
            local.getDayOfYear(),
            baseline / scale,
            (lag(origin, target, 1) - baseline) / scale,
            (lag(origin, target, 2) - baseline) / scale,
            (levels.lastDayMean() - levels.lastDayBaselineMean()) / scale,
            levels.lastSixHoursMinusBaseline() / scale,
            levels.lastWeekMean(),
            weather.temperatureCelsius().at(target),
            temperature24h,
            temperature24h - Weather.trailingMean(weather.temperatureCelsius(), origin, 168),
            24 * Weather.trailingMean(weather.rainfallMm(), target, 24),
            72 * Weather.trailingMean(weather.rainfallMm(), target, 72),
            weather.humidityPercent().at(target),
            weather.windKmPerHour().at(target),
            dma
        };
    }

    private double lag(Instant origin, Instant target, int weeks) {
        Instant earlier = calendar.sameLocalHourWeeksBefore(target, weeks);
        return earlier.isBefore(origin) ? history.at(earlier) : Double.NaN;
    }
}
