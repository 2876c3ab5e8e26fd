package org.headwater.app.forecast;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.alert.Alerts;
import org.headwater.alert.Thresholds;
import org.headwater.analytics.demand.BacktestIntervals;
import org.headwater.analytics.demand.BoostedDemandForecaster;
import org.headwater.analytics.demand.DmaForecasting;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.forecast.Forecasts;
import org.headwater.store.PostgresForecasts;
import org.headwater.telemetry.Readings;
import org.headwater.weather.WeatherForecasts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forecast store, the hourly inflows it learns from, the daily job and the night-flow watch on
 * its forecasts (both started unless disabled).
 */
@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

    @Bean
    Forecasts forecasts(DataSource dataSource) {
        return new PostgresForecasts(dataSource);
    }

    @Bean
    HourlyInflows hourlyInflows(Readings readings) {
        return new HourlyInflows(readings);
    }

    /** The forecast files the job reads its weather from (ADR 0022). */
    @Bean
    WeatherForecasts weatherForecasts(
            ForecastProperties properties, HeadwaterProperties headwater, UtilityCalendar calendar) {
        return new WeatherDirectory(weatherDirectory(properties, headwater), calendar.zone());
    }

    static Path weatherDirectory(ForecastProperties properties, HeadwaterProperties headwater) {
        return properties.weatherDir().isBlank()
                ? headwater.database().dataDirectory().resolve("weather")
                : Path.of(properties.weatherDir());
    }

    @Bean(destroyMethod = "close")
    DmaForecastJob dmaForecastJob(
            CurrentNetwork network,
            HourlyInflows inflows,
            Forecasts forecasts,
            ForecastProperties properties,
            UtilityCalendar calendar,
            WeatherForecasts weather,
            Clock clock) {
        DmaForecasting forecasting = new DmaForecasting(
                BoostedDemandForecaster.standard(properties.threads()),
                new BacktestIntervals(properties.backtestDays(), properties.intervalLevel()));
        return new DmaForecastJob(
                network, inflows, forecasts, forecasting, properties.intervalLevel(), calendar, weather, clock);
    }

    @Bean(destroyMethod = "close")
    NightFlowWatch nightFlowWatch(
            CurrentNetwork network,
            HourlyInflows inflows,
            Forecasts forecasts,
            Alerts alerts,
            AlertPipeline pipeline,
            Thresholds thresholds,
            UtilityCalendar calendar,
            Clock clock) {
        return new NightFlowWatch(network, inflows, forecasts, alerts, pipeline, thresholds, calendar.zone(), clock);
    }

    /** Starts after the application runners, so the demo's back-filled history is already stored. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startDmaForecastJob(
            DmaForecastJob job, NightFlowWatch nightFlow, ForecastProperties properties, ClockSchedule schedule) {
        return event -> {
            if (properties.enabled()) {
                job.start(schedule, properties.poll());
                nightFlow.start(schedule, properties.poll());
            }
        };
    }
}
