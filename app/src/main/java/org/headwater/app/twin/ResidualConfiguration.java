package org.headwater.app.twin;

import java.time.Clock;
import java.time.Duration;
import org.headwater.alert.Alerts;
import org.headwater.alert.Thresholds;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.telemetry.Readings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live twin's residual watch, polled from the start unless {@code headwater.twin.residuals-enabled} is false. */
@Configuration(proxyBeanMethods = false)
class ResidualConfiguration {

    @Bean(destroyMethod = "close")
    ResidualWatch residualWatch(
            TwinModel models,
            CurrentNetwork network,
            Readings readings,
            Alerts alerts,
            AlertPipeline pipeline,
            Thresholds thresholds,
            UtilityCalendar calendar,
            Clock clock) {
        return new ResidualWatch(models, network, readings, alerts, pipeline, thresholds, calendar, clock);
    }

    /** Starts after the application runners, so the demo's back-filled history is already stored. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startResidualWatch(
            ResidualWatch watch,
            ClockSchedule schedule,
            @Value("${headwater.twin.residuals-enabled:true}") boolean enabled,
            @Value("${headwater.twin.residual-poll:PT1M}") Duration poll) {
        return event -> {
            if (enabled) {
                watch.start(schedule, poll);
            }
        };
    }
}
