package org.headwater.weather;

import java.time.Instant;
import java.util.List;

/**
 * The port the forecasting job reads weather from: the hours known between two instants, past hours
 * (what earlier forecasts said, or observations) and the coming ones alike. An edge implements it
 * (imported forecast files); without one the job forecasts without weather and says so.
 */
public interface WeatherForecasts {

    /** The hours in {@code [from, to)} that the source has, in time order. */
    List<WeatherHour> between(Instant from, Instant to);

    /** Where the hours come from, for logs and the API ("file /var/lib/headwater/weather", "none"). */
    String source();

    /** No weather source. */
    static WeatherForecasts none() {
        return new WeatherForecasts() {
            @Override
            public List<WeatherHour> between(Instant from, Instant to) {
                return List.of();
            }

            @Override
            public String source() {
                return "none";
            }
        };
    }
}
