package org.headwater.analytics.demand;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The forecast for a history shorter than a week, where no same hour of week exists yet: each hour
 * is the mean of the same local hour of day over the last {@code days} days before the origin. It
 * keeps the daily rhythm and misses the weekly one; a utility gets it only until a week is stored.
 */
public final class SameHourOfDayBaseline implements DemandForecaster {

    private final int days;

    public SameHourOfDayBaseline(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days: must be at least 1, was " + days);
        }
        this.days = days;
    }

    @Override
    public String name() {
        return "baseline-same-hour-of-day-" + days + "d";
    }

    @Override
    public double[] forecast(HourlySeries history, Weather weather, ForecastWeek week) {
        HourlySeries past = history.before(week.origin());
        double[] forecast = new double[ForecastWeek.HOURS];
        for (int h = 0; h < forecast.length; h++) {
            // The same local hour on the days before the origin, never inside the week itself.
            Instant hour = week.hour(h);
            int day = (int) ChronoUnit.DAYS.between(
                    week.firstDay(), week.calendar().local(hour).toLocalDate());
            double[] earlier = new double[days];
            for (int d = 0; d < days; d++) {
                earlier[d] = past.at(week.calendar().sameLocalHourDaysBefore(hour, 1 + d + day));
            }
            forecast[h] = RobustStatistics.mean(earlier);
        }
        return forecast;
    }
}
