package org.headwater.app.streams;

import java.util.List;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.app.config.WallClock;
import org.headwater.app.delivery.BatchDeliveryConsumer;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.ingest.kafka.KafkaReadsSource;
import org.headwater.ingest.kafka.KafkaSourceSettings;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.streams.AlertsTopicConsumer;
import org.headwater.streams.DetectorTime;
import org.headwater.streams.StreamsSettings;
import org.headwater.streams.ValidatedReadingsPublisher;
import org.headwater.telemetry.TelemetrySink;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scale-out wiring, present only with {@code headwater.streams.enabled=true}: stored telemetry
 * goes to Kafka through the delivery path (a consumer named {@value #PUBLISHER}) instead of through
 * the in-process detectors, the alerts topic feeds the server's alert recording, and configured
 * source topics are ingested into the store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "headwater.streams.enabled", havingValue = "true")
class StreamsConfiguration {

    static final String PUBLISHER = "kafka-readings";

    static StreamsSettings settings(HeadwaterStreamsProperties properties) {
        return new StreamsSettings(
                properties.bootstrapServers(),
                properties.applicationId(),
                properties.readingsTopic(),
                properties.alertsTopic(),
                properties.tick(),
                DetectorTime.WALL_CLOCK,
                properties.history());
    }

    @Bean(destroyMethod = "close")
    ValidatedReadingsPublisher validatedReadingsPublisher(
            HeadwaterStreamsProperties properties, AlertPipeline pipeline) {
        pipeline.detectElsewhere(); // the detector topology detects; the pipeline records and groups
        return ValidatedReadingsPublisher.connect(settings(properties));
    }

    /** Stored batches, a pass at a time, to the readings topic: delivered once Kafka acknowledged them. */
    @Bean
    DeliveryConsumer kafkaReadingsConsumer(ValidatedReadingsPublisher publisher) {
        return new BatchDeliveryConsumer() {
            @Override
            public String name() {
                return PUBLISHER;
            }

            @Override
            public Topic topic() {
                return Topic.TELEMETRY;
            }

            @Override
            public void accept(DeliveredEvent event) {
                acceptAll(List.of(event));
            }

            @Override
            public void acceptAll(List<DeliveredEvent> events) {
                publisher.publish(
                        events.stream().map(e -> ((StoredTelemetry) e).batch()).toList());
            }
        };
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    AlertsTopicConsumer alertsTopicConsumer(HeadwaterStreamsProperties properties, AlertPipeline pipeline) {
        return AlertsTopicConsumer.connect(settings(properties), properties.alertsGroupId(), pipeline::publish);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnExpression("'${headwater.streams.source-topics:}' != ''")
    KafkaReadsSource kafkaReadsSource(
            HeadwaterStreamsProperties properties,
            HeadwaterProperties headwater,
            ReadIntake intake,
            TelemetrySink sink,
            WallClock wallClock) {
        return KafkaReadsSource.connect(
                new KafkaSourceSettings(
                        properties.bootstrapServers(),
                        properties.sourceGroupId(),
                        properties.sourceTopics(),
                        headwater.ingest().maxPayloadBytes(),
                        java.time.Duration.ofMillis(500)),
                intake,
                sink,
                wallClock.clock());
    }
}
