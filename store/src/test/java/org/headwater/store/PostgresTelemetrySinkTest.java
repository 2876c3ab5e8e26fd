package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.StoredBatch;
import org.junit.jupiter.api.Test;

class PostgresTelemetrySinkTest {

    private static final Instant T = Instant.parse("2024-06-01T10:00:00Z");

    private final DataSource dataSource = TestDatabase.dataSource();
    private final PostgresReadings readings = new PostgresReadings(dataSource);
    private final PostgresMeterEvents events = new PostgresMeterEvents(dataSource);
    private final PostgresQuarantine quarantine = new PostgresQuarantine(dataSource);
    private final String consumer = "detectors-" + UUID.randomUUID();
    private final PostgresDeliveries deliveries = new PostgresDeliveries(dataSource);
    private final PostgresTelemetrySink sink =
            new PostgresTelemetrySink(dataSource, topic -> List.of(consumer), stored -> {});

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

    @Test
    void storingTheSameBatchAgainAddsNoQuarantineRowTwice() {
        String channel = "mqtt:retry-" + UUID.randomUUID();
        IngestBatch batch = IngestBatch.builder()
                .reject(new RejectedRecord(channel, 1, "{", RejectionReason.INVALID_JSON, "not JSON", T))
                .reject(new RejectedRecord(channel, 2, "[", RejectionReason.INVALID_JSON, "not JSON", T))
                .drain();

        sink.accept(batch);
        sink.accept(batch);

        assertThat(quarantine.latest(Optional.of(RejectionReason.INVALID_JSON), 10_000))
                .filteredOn(r -> r.channel().equals(channel))
                .hasSize(2);
    }

    @Test
    void theStoredBatchIsPublishedToEachConsumerWithWhatItCounted() {
        String meter = "m-" + UUID.randomUUID();
        IngestBatch batch = IngestBatch.builder()
                .add(new Reading(meter, Measurand.INTERVAL_VOLUME, T, 1.0))
                .add(new Reading(meter, Measurand.INTERVAL_VOLUME, T.plusSeconds(900), 2.0))
                .add(new MeterEvent(meter, T, AlarmCode.REVERSE_FLOW, "RF"))
                .drain();

        StoredBatch first = sink.store(batch);
        StoredBatch again = sink.store(batch);

        assertThat(first).isEqualTo(new StoredBatch(2, 0, 1, 0));
        assertThat(again).isEqualTo(new StoredBatch(0, 2, 0, 0));
        assertThat(deliveries.due(consumer, Instant.now().plusSeconds(60), 10))
                .extracting(d -> d.event())
                .containsExactly(new StoredTelemetry(batch), new StoredTelemetry(batch));
    }
}
