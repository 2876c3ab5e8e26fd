package org.headwater.analytics.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.headwater.weather.WeatherHour;

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

    /** Hours from a weather source (a forecast file, a store) on one grid; an hour it lacks is a gap. */
    public static Weather of(List<WeatherHour> hours) {
        if (hours.isEmpty()) {
            return unavailable();
        }
        Instant start = hours.getFirst().hour();
        Instant end = hours.getLast().hour();
        for (WeatherHour hour : hours) {
            start = hour.hour().isBefore(start) ? hour.hour() : start;
            end = hour.hour().isAfter(end) ? hour.hour() : end;
        }
        int size = (int) Duration.between(start, end).toHours() + 1;
        double[][] columns = new double[4][size];
        for (double[] column : columns) {
            java.util.Arrays.fill(column, Double.NaN);
        }
        for (WeatherHour hour : hours) {
            int i = (int) Duration.between(start, hour.hour()).toHours();
            columns[0][i] = hour.precipitationMm();
            columns[1][i] = hour.temperatureCelsius();
            columns[2][i] = hour.humidityPercent();
            columns[3][i] = hour.windKmPerHour();
        }
        return new Weather(
                new HourlySeries(start, columns[0]),
                new HourlySeries(start, columns[1]),
                new HourlySeries(start, columns[2]),
                new HourlySeries(start, columns[3]));
    }

    /**
     * This weather before {@code origin} and {@code forecast} from it on: what a forecaster standing at
     * {@code origin} knows — the past as it was recorded, the coming week as it was forecast, never the
     * week's observed weather. An hour the forecast lacks is a gap, not the observation.
     */
    public Weather forecastFrom(Instant origin, Weather forecast) {
        return new Weather(
                splice(rainfallMm, forecast.rainfallMm, origin),
                splice(temperatureCelsius, forecast.temperatureCelsius, origin),
                splice(humidityPercent, forecast.humidityPercent, origin),
                splice(windKmPerHour, forecast.windKmPerHour, origin));
    }

    private static HourlySeries splice(HourlySeries past, HourlySeries coming, Instant origin) {
        Instant start = past.size() == 0 ? coming.start() : past.start();
        Instant end = past.end().isAfter(coming.end()) ? past.end() : coming.end();
        start = coming.size() > 0 && coming.start().isBefore(start) ? coming.start() : start;
        int size = (int) Math.max(0, Duration.between(start, end).toHours());
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            Instant hour = start.plus(Duration.ofHours(i));
            values[i] = hour.isBefore(origin) ? past.at(hour) : coming.at(hour);
        }
        return new HourlySeries(start, values);
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
