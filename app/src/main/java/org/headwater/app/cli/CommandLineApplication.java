package org.headwater.app.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.headwater.app.HeadwaterApplication;
import org.headwater.app.delivery.DeliverySignal;
import org.headwater.app.ingest.ConsumptionRefresh;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What a command-line tool ({@code import}, {@code audit verify}) opens: the database (embedded or as
 * configured, migrated), the store, the audit trail and the read intake — and nothing that runs on
 * its own. No web server, schedulers, detectors, MQTT subscription, demo, notifications or admin
 * account: those belong to the server ({@link HeadwaterApplication}), whose detectors replay what an
 * import stored when it next starts, within their replay window. Deliberately not a {@code @Configuration}: the server's component
 * scan and the tests' search for a {@code @SpringBootConfiguration} must not find it.
 */
@ConfigurationPropertiesScan(basePackageClasses = HeadwaterApplication.class)
@ComponentScan(
        basePackageClasses = HeadwaterApplication.class,
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "org\\.headwater\\.app\\.config\\.(DatabaseConfiguration|StoreConfiguration|CurrentNetwork)",
                            "org\\.headwater\\.app\\.audit\\.(AuditConfiguration|RecordedActions)",
                            "org\\.headwater\\.app\\.ingest\\.(IngestConfiguration|NetworkMeterDirectory)",
                            "org\\.headwater\\.app\\.risk\\.BreakHistoryImport"
                        }))
class CommandLineApplication {

    /** The ingestion counters have no one to report to in a one-shot command. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * No consumers run here. What a tool stores is recorded for the consumption totals only, which the
     * server delivers when it next starts (ADR 0018); the server's detectors replay it from the store
     * instead (ADR 0015).
     */
    @Bean
    Subscribers consumptionOnly() {
        return topic -> topic == Topic.TELEMETRY ? List.of(ConsumptionRefresh.NAME) : List.of();
    }

    /** Nothing to wake: no delivery workers run in a tool. */
    @Bean
    DeliverySignal deliverySignal() {
        return new DeliverySignal();
    }
}
