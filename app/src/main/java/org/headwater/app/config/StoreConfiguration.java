package org.headwater.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.alert.AlertLog;
import org.headwater.app.delivery.DeliverySignal;
import org.headwater.app.ingest.StoredBatchCounter;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;
import org.headwater.network.Networks;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RiskRuns;
import org.headwater.risk.RunAttempts;
import org.headwater.store.PostgresAlertLog;
import org.headwater.store.PostgresConsumptionTotals;
import org.headwater.store.PostgresDeliveries;
import org.headwater.store.PostgresMainBreaks;
import org.headwater.store.PostgresMeterEvents;
import org.headwater.store.PostgresNetworks;
import org.headwater.store.PostgresQuarantine;
import org.headwater.store.PostgresReadings;
import org.headwater.store.PostgresRiskRuns;
import org.headwater.store.PostgresRunAttempts;
import org.headwater.store.PostgresTelemetrySink;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.TelemetrySink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core ports, implemented by the PostgreSQL store. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    Readings readings(DataSource dataSource) {
        return new PostgresReadings(dataSource);
    }

    /** The overview's hourly consumption, kept up to date from the stored reads (ADR 0018). */
    @Bean
    ConsumptionTotals consumptionTotals(DataSource dataSource) {
        return new PostgresConsumptionTotals(dataSource);
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

    /** The file the current network came from, for the hydraulic model (docs/hydraulics.md, digital twin). */
    @Bean
    org.headwater.network.NetworkSources networkSources(DataSource dataSource) {
        return new org.headwater.store.PostgresNetworkSources(dataSource);
    }

    @Bean
    MainBreaks mainBreaks(DataSource dataSource) {
        return new PostgresMainBreaks(dataSource);
    }

    @Bean
    RiskRuns riskRuns(DataSource dataSource) {
        return new PostgresRiskRuns(dataSource);
    }

    @Bean
    RunAttempts runAttempts(DataSource dataSource) {
        return new PostgresRunAttempts(dataSource);
    }

    /** The durable record of what each consumer still has to receive (ADR 0010). */
    @Bean
    Deliveries deliveries(DataSource dataSource) {
        return new PostgresDeliveries(dataSource);
    }

    /**
     * The one sink every ingestion path stores through: readings, alarms, quarantine and the batch's
     * delivery event in one transaction; the consumers are woken after commit.
     */
    @Bean
    TelemetrySink telemetrySink(
            DataSource dataSource, Subscribers subscribers, MeterRegistry metrics, DeliverySignal signal) {
        return new PostgresTelemetrySink(dataSource, subscribers, new StoredBatchCounter(metrics, signal));
    }

    /** Alerts recorded and published to their consumers in one transaction. */
    @Bean
    AlertLog alertLog(DataSource dataSource, Subscribers subscribers, DeliverySignal signal) {
        return new PostgresAlertLog(dataSource, subscribers, () -> signal.published(Topic.ALERTS));
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
