package org.headwater.app.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.analytics.demand.DmaForecasting;
import org.headwater.analytics.demand.ForecastWeek;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.analytics.demand.IntervalForecast;
import org.headwater.analytics.demand.Weather;
import org.headwater.app.config.Cadence;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.ScheduledJob;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.forecast.DmaForecast;
import org.headwater.forecast.ForecastHour;
import org.headwater.forecast.Forecasts;
import org.headwater.weather.WeatherForecasts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once per local day of the server's clock, forecasts the next 168 hours of every metered area from
 * 00:00 that day and stores the result. Weather comes from the {@link WeatherForecasts} port (imported
 * forecast files): when it covers at least half of the week's hours the model trains and forecasts with
 * it, the same way {@code eval demand --weather-mode forecast} scores it; otherwise it uses no weather at
 * all, as {@code --weather-mode none}. The stored model name and the log say which (ADR 0022).
 */
public final class DmaForecastJob implements AutoCloseable {

    /** History handed to the model: its 60 training weeks, the 4-week baseline and the backtest days. */
    static final Duration HISTORY = Duration.ofDays(7L * 70);

    private static final Logger log = LoggerFactory.getLogger(DmaForecastJob.class);

    private final CurrentNetwork network;
    private final HourlyInflows inflows;
    private final Forecasts forecasts;
    private final DmaForecasting forecasting;
    private final double intervalLevel;
    private final UtilityCalendar calendar;
    private final WeatherForecasts weather;
    private final Clock clock;
    private volatile @Nullable ForecastWeek lastRun;
    private volatile @Nullable ScheduledJob polling;

    DmaForecastJob(
            CurrentNetwork network,
            HourlyInflows inflows,
            Forecasts forecasts,
            DmaForecasting forecasting,
            double intervalLevel,
            UtilityCalendar calendar,
            WeatherForecasts weather,
            Clock clock) {
        this.calendar = calendar;
        this.weather = weather;
        this.network = network;
        this.inflows = inflows;
        this.forecasts = forecasts;
        this.forecasting = forecasting;
        this.intervalLevel = intervalLevel;
        this.clock = clock;
    }

    /** Forecasts every metered area from today's local midnight; returns the forecasts stored. */
    public List<DmaForecast> runOnce() {
        Instant now = clock.instant();
        ForecastWeek week = ForecastWeek.startingToday(now, calendar);
        Map<String, HourlySeries> histories = new LinkedHashMap<>();
        InflowAreas.of(network.get())
                .forEach((area, sensors) ->
                        histories.put(area, inflows.of(sensors, week.origin().minus(HISTORY), week.origin())));
        WeatherUsed used = weatherFor(weather, week);
        List<DmaForecast> stored = new ArrayList<>();
        forecasting.forecast(histories, used.weather(), week).forEach((area, forecast) -> {
            DmaForecast record = toRecord(area, week, now, forecast, used.mode());
            forecasts.save(record);
            stored.add(record);
        });
        lastRun = week;
        log.info(
                "Forecast {} of {} metered areas from {}; weather: {} ({})",
                stored.size(),
                histories.size(),
                week.origin(),
                used.mode(),
                used.detail());
        return stored;
    }

    /** The weather the week is forecast with, and how it is named in the log and the stored model. */
    record WeatherUsed(Weather weather, String mode, String detail) {}

    /** Forecast weather when the source covers the week (half its hours or more), else none at all. */
    static WeatherUsed weatherFor(WeatherForecasts weather, ForecastWeek week) {
        Weather known = Weather.of(weather.between(
                week.origin().minus(HISTORY), week.hour(ForecastWeek.HOURS - 1).plusSeconds(3600)));
        int hours = known.hoursWithTemperature(week);
        if (hours >= ForecastWeek.HOURS / 2) {
            return new WeatherUsed(known, "forecast", hours + " of 168 hours from " + weather.source());
        }
        return new WeatherUsed(
                Weather.unavailable(), "none", hours + " of 168 hours of the week in " + weather.source());
    }

    private DmaForecast toRecord(
            String area, ForecastWeek week, Instant now, IntervalForecast forecast, String weatherMode) {
        double[] values = forecast.forecast();
        double[] lower = forecast.lower();
        double[] upper = forecast.upper();
        List<ForecastHour> hours = new ArrayList<>();
        for (int h = 0; h < values.length; h++) {
            // A gap in the forecast (an hour no history could inform) ends the stored series there.
            if (Double.isNaN(values[h])) {
                break;
            }
            hours.add(new ForecastHour(week.hour(h), values[h], lower[h], upper[h]));
        }
        return new DmaForecast(
                area, week.origin(), now, forecast.model() + "; weather " + weatherMode, intervalLevel, hours);
    }

    /** Whether a new local day has begun on the server's clock since the last run. */
    boolean due() {
        ForecastWeek today = ForecastWeek.startingToday(clock.instant(), calendar);
        return !today.equals(lastRun);
    }

    /** Looks at the clock every poll and runs once per local day; a failure is retried at the next poll. */
    void start(ClockSchedule schedule, Duration poll) {
        polling = schedule.schedule("dma-forecast", poll, Cadence.atEveryLook(), () -> {
            if (due()) {
                runOnce();
            }
        });
    }

    Optional<ForecastWeek> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public void close() {
        ScheduledJob p = polling;
        if (p != null) {
            p.cancel();
        }
    }
}
