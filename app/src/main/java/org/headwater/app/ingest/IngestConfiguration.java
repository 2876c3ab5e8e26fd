package org.headwater.app.ingest;

import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.app.config.WallClock;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.reads.ReadPayloadParser;
import org.headwater.ingest.reads.VendorAlarmCodes;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.store.PostgresReadSlots;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.PlausibleRanges;
import org.headwater.telemetry.ReadingValidator;
import org.headwater.telemetry.RegisterToIntervals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One read intake per process, shared by every path, so register state is per meter and not per source. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ReadIntake readIntake(MeterDirectory directory, Clock clock, HeadwaterProperties properties) {
        return new ReadIntake(
                directory,
                new ReadingValidator(directory, clock, properties.ingest().maxClockSkew(), PlausibleRanges.defaults()),
                new RegisterToIntervals(RegisterToIntervals.Settings.defaults()),
                VendorAlarmCodes.defaults());
    }

    @Bean
    ReadPayloadParser readPayloadParser(ReadIntake intake, HeadwaterProperties properties) {
        return new ReadPayloadParser(intake, properties.ingest().maxPayloadBytes());
    }

    @Bean
    PostgresReadSlots readSlots(DataSource dataSource) {
        return new PostgresReadSlots(dataSource);
    }

    /** Every field connector reports here; the source-status page reads it. */
    @Bean
    ConnectorStatusBoard connectorStatusBoard(WallClock wallClock) {
        return new ConnectorStatusBoard(wallClock.clock());
    }

    /** Keeps the overview's hourly consumption up to date with each stored batch (ADR 0018). */
    @Bean
    DeliveryConsumer consumptionRefresh(ConsumptionTotals totals) {
        return ConsumptionRefresh.of(totals);
    }
}
