package org.headwater.ingest.sparkplug;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Sparkplug B topic {@code spBv1.0/<group>/<type>/<edge node>[/<device>]}.
 *
 * @param device present exactly for device message types
 */
public record SparkplugTopic(
        String group,
        SparkplugMessageType type,
        String node,
        @Nullable String device) {

    public static final String NAMESPACE = "spBv1.0";

    public SparkplugTopic {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(node, "node");
        if ((device != null) != type.isDeviceMessage()) {
            throw new IllegalArgumentException(type + " topic " + (device == null ? "needs" : "has no") + " a device");
        }
    }

    /** The topic's parts, or empty when it is not a Sparkplug B edge topic (e.g. a STATE message). */
    public static Optional<SparkplugTopic> parse(String topic) {
        String[] levels = topic.split("/", -1);
        if (levels.length < 4 || levels.length > 5 || !levels[0].equals(NAMESPACE)) {
            return Optional.empty();
        }
        for (String level : levels) {
            if (level.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<SparkplugMessageType> type = SparkplugMessageType.of(levels[2]);
        if (type.isEmpty() || type.get().isDeviceMessage() != (levels.length == 5)) {
            return Optional.empty();
        }
        return Optional.of(new SparkplugTopic(levels[1], type.get(), levels[3], levels.length == 5 ? levels[4] : null));
    }

    /** The edge node this topic belongs to, {@code group/node}. */
    public String nodeKey() {
        return group + "/" + node;
    }

    /**
     * The address of one metric in a tag map: {@code group/node:metric} for the edge node's own
     * metrics, {@code group/node/device:metric} for a device's.
     */
    public String address(String metricName) {
        return nodeKey() + (device == null ? "" : "/" + device) + ":" + metricName;
    }

    @Override
    public String toString() {
        return NAMESPACE + "/" + group + "/" + type + "/" + node + (device == null ? "" : "/" + device);
    }
}
