package org.headwater.ingest.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the Kafka source reads from.
 *
 * @param bootstrapServers the cluster, {@code host:port[,host:port]}
 * @param groupId the consumer group: instances sharing it share the topics' partitions
 * @param topics topics of JSON read payloads (reads and meter alarms), keyed by meter or sensor
 * @param maxPayloadBytes the largest record value taken; larger ones are quarantined
 * @param pollTimeout how long one poll waits for records
 */
public record KafkaSourceSettings(
        String bootstrapServers, String groupId, List<String> topics, int maxPayloadBytes, Duration pollTimeout) {

    public KafkaSourceSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(groupId, "groupId");
        topics = List.copyOf(topics);
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank");
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("topics must name at least one topic");
        }
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive: " + maxPayloadBytes);
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("pollTimeout must be positive: " + pollTimeout);
        }
    }
}
