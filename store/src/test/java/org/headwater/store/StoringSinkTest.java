package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;

class StoringSinkTest {

    private static final Instant T = Instant.parse("2024-06-01T10:00:00Z");

    private final DataSource dataSource = TestDatabase.dataSource();
    private final PostgresReadings readings = new PostgresReadings(dataSource);
    private final PostgresMeterEvents events = new PostgresMeterEvents(dataSource);
    private final PostgresQuarantine quarantine = new PostgresQuarantine(dataSource);
    private final StoringSink sink = new StoringSink(readings, events, quarantine);

    @Test
    void readingsEventsAndRejectedRecordsEachLandInTheirStore() {
        String meter = "m-" + UUID.randomUUID();
        String channel = "mqtt:" + meter;
        sink.accept(IngestBatch.builder()
                .add(new Reading(meter, Measurand.INTERVAL_VOLUME, T, 12.5))
                .add(new MeterEvent(meter, T, AlarmCode.TAMPER, "TMP"))
                .reject(new RejectedRecord(channel, 3, "{}", RejectionReason.INVALID_JSON, "not JSON", T))
                .drain());

        assertThat(readings.between(meter, Measurand.INTERVAL_VOLUME, T, T.plusSeconds(1)))
                .extracting(Reading::value)
                .containsExactly(12.5);
        assertThat(events.between(meter, T, T.plusSeconds(1)))
                .extracting(MeterEvent::code)
                .containsExactly(AlarmCode.TAMPER);
        assertThat(quarantine.latest(Optional.of(RejectionReason.INVALID_JSON), 100))
                .extracting(RejectedRecord::channel)
                .contains(channel);
    }
}
