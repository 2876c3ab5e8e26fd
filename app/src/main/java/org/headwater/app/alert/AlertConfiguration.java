package org.headwater.app.alert;

import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.alert.Thresholds;
import org.headwater.store.PostgresAlerts;
import org.headwater.store.PostgresIncidents;
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

    /** System defaults until someone changes them through the API; changes apply from the next reading. */
    @Bean
    Thresholds thresholds(Clock clock) {
        return new Thresholds(clock);
    }
}
