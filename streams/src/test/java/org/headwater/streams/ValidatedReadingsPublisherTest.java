package org.headwater.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

class ValidatedReadingsPublisherTest {

    private static final Instant T = Instant.parse("2026-05-01T06:00:00Z");

    private final IngestBatch batch = IngestBatch.builder()
            .add(new Reading("m1", Measurand.INTERVAL_VOLUME, T, 1))
            .add(new Reading("m2", Measurand.INTERVAL_VOLUME, T, 2))
            .add(new Reading("m1", Measurand.INTERVAL_VOLUME, T.plusSeconds(900), 3))
            .add(new MeterEvent("m2", T.plusSeconds(60), AlarmCode.TAMPER, "TA"))
            .drain();

    @Test
    void aStoredBatchGoesOutAsOneRecordPerSourceKeyedByItAndStampedWithItsNewestTime() {
        MockProducer<String, SourceInputs> producer = new MockProducer<>(
                true,
                null,
                new StringSerializer(),
                TelemetrySerdes.sourceInputs().serializer());

        new ValidatedReadingsPublisher(producer, "headwater.readings").publish(List.of(batch));

        assertThat(producer.history())
                .extracting(
                        ProducerRecord::key,
                        ProducerRecord::timestamp,
                        r -> r.value().readings().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "m1", T.plusSeconds(900).toEpochMilli(), 2),
                        org.assertj.core.groups.Tuple.tuple(
                                "m2", T.plusSeconds(60).toEpochMilli(), 1));
        assertThat(producer.history().get(1).value().events()).hasSize(1);
    }

    @Test
    void aSendTheBrokerRefusedFailsThePublicationSoTheBatchIsOfferedAgain() {
        MockProducer<String, SourceInputs> producer = new MockProducer<>(
                false,
                null,
                new StringSerializer(),
                TelemetrySerdes.sourceInputs().serializer());
        ValidatedReadingsPublisher publisher = new ValidatedReadingsPublisher(producer, "headwater.readings");
        producer.sendException = new org.apache.kafka.common.errors.NotEnoughReplicasException("one replica left");

        assertThatThrownBy(() -> publisher.publish(List.of(batch)))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("one replica left");
    }
}
