package org.headwater.analytics.demand;

/**
 * One DMA's 168-hour forecast (L/s) with a prediction interval per hour that should contain the
 * actual inflow with probability {@code level}; {@code NaN} bounds where no interval could be estimated.
 *
 * @param model the forecaster that made it, e.g. {@code lightgbm-pooled} or a baseline's name
 */
public record IntervalForecast(String model, double level, double[] forecast, double[] lower, double[] upper) {

    public IntervalForecast {
        if (forecast.length != ForecastWeek.HOURS
                || lower.length != ForecastWeek.HOURS
                || upper.length != ForecastWeek.HOURS) {
            throw new IllegalArgumentException("forecast, lower, upper: need " + ForecastWeek.HOURS
                    + " hours each, were " + forecast.length + ", " + lower.length + ", " + upper.length);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must lie in (0, 1), was " + level);
        }
        forecast = forecast.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] forecast() {
        return forecast.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
