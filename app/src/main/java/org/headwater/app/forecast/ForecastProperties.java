package org.headwater.app.forecast;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code headwater.forecast.*}.
 *
 * @param enabled run the daily forecast job and the night-flow watch on its forecasts while the server runs
 * @param poll how often (wall time) the job looks at the server's clock for a new local day; the
 *     demo's clock runs faster than the wall, so the day itself is always the clock's
 * @param backtestDays daily origins before today at which the model is re-run for its errors (intervals)
 * @param intervalLevel the probability the prediction intervals should cover
 * @param threads LightGBM threads
 * @param weatherDir the directory of weather forecast files the job reads ({@code ./headwater import weather}
 *     puts them there); empty: {@code weather} under {@code headwater.database.data-directory}
 */
@ConfigurationProperties("headwater.forecast")
public record ForecastProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT10S") Duration poll,
        @DefaultValue("14") int backtestDays,
        @DefaultValue("0.9") double intervalLevel,
        @DefaultValue("1") int threads,
        @DefaultValue("") String weatherDir) {}
