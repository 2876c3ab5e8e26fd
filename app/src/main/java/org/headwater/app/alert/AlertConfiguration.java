package org.headwater.app.alert;

import javax.sql.DataSource;
import org.headwater.alert.ThresholdHistory;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.app.config.WallClock;
import org.headwater.store.PostgresAlerts;
import org.headwater.store.PostgresIncidents;
import org.headwater.store.PostgresThresholdHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alerts, incidents and the live threshold set. */
@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

    @Bean
    PostgresAlerts alerts(DataSource dataSource) {
        return new PostgresAlerts(dataSource);
    }

    @Bean
    PostgresIncidents incidents(DataSource dataSource) {
        return new PostgresIncidents(dataSource);
    }

    @Bean
    ThresholdHistory thresholdHistory(DataSource dataSource) {
        return new PostgresThresholdHistory(dataSource);
    }

    /** Built-in defaults plus every recorded change, so versions and values survive a restart. */
    @Bean
    Thresholds thresholds(WallClock wallClock, ThresholdHistory history) {
        // A threshold change is a person's action: changedAt is wall-clock time, also in the demo's replay.
        Thresholds thresholds = new Thresholds(wallClock.clock());
        thresholds.restore(history.all());
        return thresholds;
    }

    /** Advances the detectors on a wall-clock tick so time-driven alerts (non-reporting) fire without new data. */
    @Bean
    PollingLifecycle detectorClock(
            AlertPipeline pipeline, HeadwaterDetectProperties properties, ClockSchedule schedule) {
        return new PollingLifecycle(schedule, "detector-clock", properties.tick(), pipeline::advance);
    }
}
