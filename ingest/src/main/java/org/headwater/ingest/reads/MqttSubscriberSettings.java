package org.headwater.ingest.reads;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how {@link MqttReadingsSubscriber} listens.
 *
 * @param host broker host
 * @param port broker port (1883 plain)
 * @param clientId stable id: with a persistent session the broker keeps QoS 1 messages for it while
 *     it is disconnected
 * @param topicFilter e.g. {@code headwater/v1/+/#}; prefix {@code $share/GROUP/} to share the load
 *     between several Headwater instances
 * @param username optional broker user
 * @param password optional broker password
 * @param maxPayloadBytes larger messages are quarantined as PAYLOAD_TOO_LARGE
 */
public record MqttSubscriberSettings(
        String host,
        int port,
        String clientId,
        String topicFilter,
        @Nullable String username,
        @Nullable String password,
        int maxPayloadBytes) {

    public static final String DEFAULT_TOPIC_FILTER = "headwater/v1/+/#";

    public MqttSubscriberSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(topicFilter, "topicFilter");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive: " + maxPayloadBytes);
        }
    }

    /** No authentication, every utility's topics, the default payload limit. */
    public static MqttSubscriberSettings of(String host, int port, String clientId) {
        return new MqttSubscriberSettings(
                host, port, clientId, DEFAULT_TOPIC_FILTER, null, null, ReadPayloadParser.DEFAULT_MAX_PAYLOAD_BYTES);
    }
}
