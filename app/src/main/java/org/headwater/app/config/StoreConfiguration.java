package org.headwater.app.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.network.Networks;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RiskRuns;
import org.headwater.store.PostgresMainBreaks;
import org.headwater.store.PostgresMeterEvents;
import org.headwater.store.PostgresNetworks;
import org.headwater.store.PostgresQuarantine;
import org.headwater.store.PostgresReadings;
import org.headwater.store.PostgresRiskRuns;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core ports, implemented by the PostgreSQL store. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    PostgresReadings readings(DataSource dataSource) {
        return new PostgresReadings(dataSource);
    }

    @Bean
    MeterEvents meterEvents(DataSource dataSource) {
        return new PostgresMeterEvents(dataSource);
    }

    @Bean
    Quarantine quarantine(DataSource dataSource) {
        return new PostgresQuarantine(dataSource);
    }

    @Bean
    Networks networks(DataSource dataSource) {
        return new PostgresNetworks(dataSource);
    }

    @Bean
    MainBreaks mainBreaks(DataSource dataSource) {
        return new PostgresMainBreaks(dataSource);
    }

    @Bean
    RiskRuns riskRuns(DataSource dataSource) {
        return new PostgresRiskRuns(dataSource);
    }

    /** Wall-clock UTC; the demo declares its accelerated replay clock as the primary one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Always the wall clock, demo or not: human actions and arrivals are recorded in real time. */
    @Bean
    WallClock wallClock() {
        return new WallClock(Clock.systemUTC());
    }
}
