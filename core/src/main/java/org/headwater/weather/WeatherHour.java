package org.headwater.weather;

import java.time.Instant;
import java.util.Objects;

/**
 * One hour of weather at the utility; a quantity the source does not give is {@code NaN}.
 *
 * @param hour the start of the hour (UTC, on a whole hour)
 * @param temperatureCelsius air temperature at 2 m
 * @param precipitationMm rain (and melted snow) during the hour
 * @param humidityPercent relative humidity at 2 m
 * @param windKmPerHour wind speed at 10 m
 */
public record WeatherHour(
        Instant hour, double temperatureCelsius, double precipitationMm, double humidityPercent, double windKmPerHour) {

    public WeatherHour {
        Objects.requireNonNull(hour, "hour");
        if (hour.getEpochSecond() % 3600 != 0 || hour.getNano() != 0) {
            throw new IllegalArgumentException("hour: must be a whole UTC hour, was " + hour);
        }
    }
}
