package org.headwater.analytics.demand;

import java.time.Duration;
import java.time.Instant;

/**
 * Hourly on-site weather: rainfall (mm), air temperature (°C), humidity (%) and wind speed (km/h).
 * For a forecast week the competition supplied the observed weather as a perfect forecast.
 */
public record Weather(
        HourlySeries rainfallMm,
        HourlySeries temperatureCelsius,
        HourlySeries humidityPercent,
        HourlySeries windKmPerHour) {

    static final String RAINFALL = "Rainfall depth";
    static final String TEMPERATURE = "Air temperature";
    static final String HUMIDITY = "Air humidity";
    static final String WIND = "Windspeed";

    /**
     * No weather at all, for a utility without a weather source: every weather feature is a gap,
     * which LightGBM treats as missing, so the model learns from the calendar and the inflows only.
     */
    public static Weather unavailable() {
        HourlySeries none = new HourlySeries(Instant.EPOCH, new double[0]);
        return new Weather(none, none, none, none);
    }

    /** Picks the four BWDF weather columns; a missing one is an error that names it. */
    public static Weather from(HourlyTable table) {
        for (String name : new String[] {RAINFALL, TEMPERATURE, HUMIDITY, WIND}) {
            if (!table.columns().containsKey(name)) {
                throw new IllegalArgumentException("weather: missing column '" + name + "', found " + table.names());
            }
        }
        return new Weather(
                table.column(RAINFALL), table.column(TEMPERATURE), table.column(HUMIDITY), table.column(WIND));
    }

    /** Whether any temperature is known at all; {@link #unavailable()} is not. */
    public boolean isAvailable() {
        return temperatureCelsius.size() > 0;
    }

    /** How many of the week's 168 hours have a temperature. */
    public int hoursWithTemperature(ForecastWeek week) {
        int count = 0;
        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            count += Double.isNaN(temperatureCelsius.at(week.hour(h))) ? 0 : 1;
        }
        return count;
    }

    /** Mean of {@code series} over the {@code hours} hours ending at {@code hour}, skipping gaps. */
    static double trailingMean(HourlySeries series, Instant hour, int hours) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < hours; i++) {
            double value = series.at(hour.minus(Duration.ofHours(i)));
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
