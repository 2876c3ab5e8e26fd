package org.headwater.streams;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The scale-out deployment's Kafka side.
 *
 * @param bootstrapServers the cluster, {@code host:port[,host:port]}
 * @param applicationId the detector application's id: its consumer group, and the prefix of its
 *     internal topics (state changelogs)
 * @param readingsTopic validated readings, keyed by meter or sensor
 * @param alertsTopic raised and cleared alerts, keyed by the alert's source
 * @param tick how often the detectors are advanced (wall time, and stream time)
 * @param detectorTime which time the detectors are advanced to
 * @param history how much of each meter's recent inputs the state store keeps to rebuild and replay it
 */
public record StreamsSettings(
        String bootstrapServers,
        String applicationId,
        String readingsTopic,
        String alertsTopic,
        Duration tick,
        DetectorTime detectorTime,
        Duration history) {

    public StreamsSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(readingsTopic, "readingsTopic");
        Objects.requireNonNull(alertsTopic, "alertsTopic");
        Objects.requireNonNull(detectorTime, "detectorTime");
        if (readingsTopic.equals(alertsTopic)) {
            throw new IllegalArgumentException("readingsTopic and alertsTopic must differ: " + readingsTopic);
        }
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive: " + tick);
        }
        if (history.isNegative() || history.isZero()) {
            throw new IllegalArgumentException("history must be positive: " + history);
        }
    }

    /** Defaults: topics {@code headwater.readings} and {@code headwater.alerts}, a 5 s tick, 7 days of history. */
    public static StreamsSettings of(String bootstrapServers, String applicationId) {
        return new StreamsSettings(
                bootstrapServers,
                applicationId,
                "headwater.readings",
                "headwater.alerts",
                Duration.ofSeconds(5),
                DetectorTime.WALL_CLOCK,
                Duration.ofDays(7));
    }

    /**
     * The detector application's configuration: exactly-once v2, so a task's state changelog writes,
     * its alerts and its input offsets commit in one transaction (ADR 0038).
     */
    public Properties streamsConfig() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return config;
    }

    /** A producer of validated readings: idempotent, every replica acknowledging. */
    public Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return config;
    }
}
