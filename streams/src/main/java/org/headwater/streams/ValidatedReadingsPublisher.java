package org.headwater.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.headwater.telemetry.IngestBatch;

/**
 * Publishes stored, validated readings and alarms to the readings topic, one record per source and
 * batch, keyed by the meter or sensor so each source's inputs stay in one partition, in order. A call
 * returns only once every record was acknowledged by all in-sync replicas (idempotent producer), so
 * the delivery path that calls it marks a batch done only when Kafka holds it; a failure throws and
 * the batch is offered again (at least once; the detectors' inputs store absorbs a repeat).
 */
public final class ValidatedReadingsPublisher implements AutoCloseable {

    private final Producer<String, SourceInputs> producer;
    private final String topic;

    /** Takes an existing producer (tests pass Kafka's {@code MockProducer}). */
    public ValidatedReadingsPublisher(Producer<String, SourceInputs> producer, String topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    public static ValidatedReadingsPublisher connect(StreamsSettings settings) {
        return new ValidatedReadingsPublisher(
                new KafkaProducer<>(
                        settings.producerConfig(),
                        new StringSerializer(),
                        TelemetrySerdes.sourceInputs().serializer()),
                settings.readingsTopic());
    }

    /** Sends the batches' inputs by source and waits until all were acknowledged. */
    public void publish(List<IngestBatch> batches) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (IngestBatch batch : batches) {
            for (SourceInputs inputs : SourceInputs.bySource(batch)) {
                sent.add(producer.send(
                        new ProducerRecord<>(topic, null, inputs.newest().toEpochMilli(), inputs.sourceId(), inputs)));
            }
        }
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing readings to " + topic, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "publishing readings to " + topic + " failed: "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
