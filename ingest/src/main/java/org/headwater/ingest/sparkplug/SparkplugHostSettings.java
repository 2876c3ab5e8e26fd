package org.headwater.ingest.sparkplug;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom the Sparkplug host application listens.
 *
 * @param host broker host
 * @param port broker port
 * @param hostId the primary host id edge nodes are configured with: its STATE message
 *     ({@code spBv1.0/STATE/<hostId>}) tells them Headwater is online
 * @param clientId MQTT client id
 * @param group the group id to follow, or {@code +} for every group
 * @param username optional broker user
 * @param password optional broker password
 * @param rebirthRetry how long to wait for the NBIRTH a rebirth request asked for before asking again
 */
public record SparkplugHostSettings(
        String host,
        int port,
        String hostId,
        String clientId,
        String group,
        @Nullable String username,
        @Nullable String password,
        Duration rebirthRetry) {

    private static final Pattern TOPIC_LEVEL = Pattern.compile("[^+#/]+");

    public SparkplugHostSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(rebirthRetry, "rebirthRetry");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        if (!TOPIC_LEVEL.matcher(hostId).matches()) {
            throw new IllegalArgumentException("hostId must be one topic level without + # /: \"" + hostId + "\"");
        }
        if (!group.equals("+") && !TOPIC_LEVEL.matcher(group).matches()) {
            throw new IllegalArgumentException("group must be + or one topic level without + # /: \"" + group + "\"");
        }
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (rebirthRetry.isNegative() || rebirthRetry.isZero()) {
            throw new IllegalArgumentException("rebirthRetry must be positive: " + rebirthRetry);
        }
    }

    /** Every group, no authentication, a rebirth asked again after 30 s without an answer. */
    public static SparkplugHostSettings of(String host, int port, String hostId) {
        return new SparkplugHostSettings(
                host, port, hostId, "headwater-" + hostId, "+", null, null, Duration.ofSeconds(30));
    }

    /** {@code spBv1.0/STATE/<hostId>}. */
    public String stateTopic() {
        return SparkplugTopic.NAMESPACE + "/STATE/" + hostId;
    }

    /** {@code spBv1.0/<group>/#}. */
    public String topicFilter() {
        return SparkplugTopic.NAMESPACE + "/" + group + "/#";
    }
}
