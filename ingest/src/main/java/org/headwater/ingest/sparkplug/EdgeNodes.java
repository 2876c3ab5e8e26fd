package org.headwater.ingest.sparkplug;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.jspecify.annotations.Nullable;

/**
 * The host's view of every edge node and device it has heard of (Sparkplug B 3.0, section 7): births
 * declare metric names, aliases and datatypes; data messages are read by alias; deaths mark what the
 * node or device published as stale; every message but NDEATH carries a sequence number that must
 * follow the previous one (mod 256). A gap, data before a birth or an alias no birth declared means
 * the host missed something it cannot read past, so it asks the edge node for a rebirth, once until
 * the new NBIRTH arrives (again only after {@code rebirthRetry}). Not thread-safe: messages are
 * handled one at a time in arrival order, as the sequence numbers require.
 */
public final class EdgeNodes {

    /** Metrics an edge node publishes for the protocol itself, never readings. */
    private static final String BD_SEQ = "bdSeq";

    private static final String NODE_CONTROL = "Node Control/";
    private static final String DEVICE_CONTROL = "Device Control/";

    private final Duration rebirthRetry;
    private final Map<String, Node> nodes = new HashMap<>();

    /** @param rebirthRetry how long to wait for the NBIRTH a rebirth request asked for before asking again */
    public EdgeNodes(Duration rebirthRetry) {
        this.rebirthRetry = Objects.requireNonNull(rebirthRetry, "rebirthRetry");
    }

    /** Handles one message published on an edge topic; never throws for bad input. */
    public MessageOutcome handle(SparkplugTopic topic, byte[] bytes, Instant receivedAt) {
        MessageOutcome out = new MessageOutcome();
        if (topic.type() == SparkplugMessageType.NCMD || topic.type() == SparkplugMessageType.DCMD) {
            out.ignore(); // commands (ours, or another host's) are not data
            return out;
        }
        SparkplugPayload payload;
        try {
            payload = SparkplugPayloadDecoder.decode(bytes);
        } catch (IllegalArgumentException e) {
            out.refuse(new Rejection(RejectionReason.MALFORMED_RECORD, e.getMessage()), head(bytes));
            return out;
        }
        Node node = nodes.computeIfAbsent(topic.nodeKey(), k -> new Node());
        switch (topic.type()) {
            case NBIRTH -> nodeBirth(topic, payload, node, receivedAt, out);
            case NDEATH -> nodeDeath(payload, node);
            default -> afterBirth(topic, payload, node, receivedAt, out);
        }
        return out;
    }

    private void nodeBirth(
            SparkplugTopic topic, SparkplugPayload payload, Node node, Instant receivedAt, MessageOutcome out) {
        node.online = true;
        node.rebirthAskedAt = null;
        node.lastSeq = payload.seq() == null ? -1 : payload.seq().intValue();
        node.bdSeq = null;
        node.metrics = new Births();
        node.devices.clear(); // the devices' births follow the node's
        for (SparkplugMetric metric : payload.metrics()) {
            if (BD_SEQ.equals(metric.name()) && metric.value() instanceof Number n) {
                node.bdSeq = n.longValue();
            }
        }
        births(topic, payload, node.metrics, receivedAt, out);
    }

    private void nodeDeath(SparkplugPayload payload, Node node) {
        Long bdSeq = null;
        for (SparkplugMetric metric : payload.metrics()) {
            if (BD_SEQ.equals(metric.name()) && metric.value() instanceof Number n) {
                bdSeq = n.longValue();
            }
        }
        // A death certificate from an earlier session (the broker sends the old will late) is not this session's.
        if (node.bdSeq != null && bdSeq != null && !node.bdSeq.equals(bdSeq)) {
            return;
        }
        node.online = false;
        node.devices.values().forEach(device -> device.online = false);
    }

    private void afterBirth(
            SparkplugTopic topic, SparkplugPayload payload, Node node, Instant receivedAt, MessageOutcome out) {
        if (!node.online) {
            refuseAll(topic, payload, "before its edge node's NBIRTH", out);
            askRebirth(topic, node, receivedAt, out);
            return;
        }
        if (!inSequence(payload, node)) {
            askRebirth(topic, node, receivedAt, out);
        }
        switch (topic.type()) {
            case NDATA -> data(topic, payload, node.metrics, node, receivedAt, out);
            case DBIRTH -> {
                Device device = new Device();
                node.devices.put(Objects.requireNonNull(topic.device()), device);
                births(topic, payload, device.metrics, receivedAt, out);
            }
            case DDEATH -> {
                Device device = node.devices.get(topic.device());
                if (device != null) {
                    device.online = false;
                }
            }
            case DDATA -> {
                Device device = node.devices.get(topic.device());
                if (device == null || !device.online) {
                    refuseAll(topic, payload, "before the device's DBIRTH", out);
                    askRebirth(topic, node, receivedAt, out);
                } else {
                    data(topic, payload, device.metrics, node, receivedAt, out);
                }
            }
            default -> out.ignore();
        }
    }

    private static boolean inSequence(SparkplugPayload payload, Node node) {
        if (payload.seq() == null) {
            return false;
        }
        int seq = payload.seq().intValue();
        boolean expected = node.lastSeq < 0 || seq == (node.lastSeq + 1) % 256;
        node.lastSeq = seq;
        return expected;
    }

    private void births(
            SparkplugTopic topic, SparkplugPayload payload, Births births, Instant receivedAt, MessageOutcome out) {
        for (SparkplugMetric metric : payload.metrics()) {
            String name = metric.name();
            if (name == null || name.isEmpty()) {
                out.refuse(
                        new Rejection(RejectionReason.MISSING_FIELD, "a birth metric on " + topic + " has no name"),
                        String.valueOf(metric));
                continue;
            }
            Object unit = metric.properties().get("engUnit");
            Birth birth = new Birth(name, metric.dataType(), unit instanceof String s ? s : null);
            births.byName.put(name, birth);
            if (metric.alias() != null) {
                births.byAlias.put(metric.alias(), birth);
            }
            value(topic, payload, metric, birth, receivedAt, out);
        }
    }

    private void data(
            SparkplugTopic topic,
            SparkplugPayload payload,
            Births births,
            Node node,
            Instant receivedAt,
            MessageOutcome out) {
        for (SparkplugMetric metric : payload.metrics()) {
            Birth birth = metric.alias() != null
                    ? births.byAlias.get(metric.alias())
                    : metric.name() == null ? null : births.byName.get(metric.name());
            if (birth == null) {
                String which = metric.alias() != null ? "alias " + metric.alias() : "metric \"" + metric.name() + "\"";
                out.refuse(
                        new Rejection(
                                RejectionReason.MALFORMED_RECORD,
                                which + " on " + topic + " was not declared in a birth; rebirth requested"),
                        String.valueOf(metric));
                askRebirth(topic, node, receivedAt, out);
                continue;
            }
            value(topic, payload, metric, birth, receivedAt, out);
        }
    }

    private static void value(
            SparkplugTopic topic,
            SparkplugPayload payload,
            SparkplugMetric metric,
            Birth birth,
            Instant receivedAt,
            MessageOutcome out) {
        if (birth.name.equals(BD_SEQ) || birth.name.startsWith(NODE_CONTROL) || birth.name.startsWith(DEVICE_CONTROL)) {
            out.ignore();
            return;
        }
        Object value = metric.value();
        if (metric.dataType() != 0 && metric.dataType() != birth.dataType) {
            value = new SparkplugMetric.Mismatch(SparkplugDataType.name(metric.dataType()) + " value for a metric born "
                    + SparkplugDataType.name(birth.dataType));
        }
        Long millis = metric.timestamp() != null ? metric.timestamp() : payload.timestamp();
        Instant time = millis != null ? Instant.ofEpochMilli(millis) : receivedAt;
        out.value(new MetricValue(
                topic.address(birth.name),
                value,
                time,
                MetricValue.quality(metric.properties().get("Quality")),
                birth.unit));
    }

    private static void refuseAll(SparkplugTopic topic, SparkplugPayload payload, String when, MessageOutcome out) {
        for (SparkplugMetric metric : payload.metrics()) {
            String which = metric.alias() != null ? "alias " + metric.alias() : "metric \"" + metric.name() + "\"";
            out.refuse(
                    new Rejection(
                            RejectionReason.MALFORMED_RECORD,
                            which + " on " + topic + " arrived " + when
                                    + "; its meaning is unknown until the birth, rebirth requested"),
                    String.valueOf(metric));
        }
    }

    private void askRebirth(SparkplugTopic topic, Node node, Instant now, MessageOutcome out) {
        if (node.rebirthAskedAt != null && now.isBefore(node.rebirthAskedAt.plus(rebirthRetry))) {
            return; // asked already; the NBIRTH is on its way
        }
        node.rebirthAskedAt = now;
        out.rebirth(new RebirthRequest(topic.group(), topic.node()));
    }

    /** Tag-map addresses of every metric whose edge node or device is dead (NDEATH or DDEATH). */
    public Set<String> staleAddresses() {
        Set<String> stale = new TreeSet<>();
        nodes.forEach((key, node) -> {
            if (!node.online) {
                node.metrics.byName.keySet().forEach(name -> stale.add(key + ":" + name));
            }
            node.devices.forEach((id, device) -> {
                if (!node.online || !device.online) {
                    device.metrics.byName.keySet().forEach(name -> stale.add(key + "/" + id + ":" + name));
                }
            });
        });
        return stale;
    }

    /** Edge nodes ({@code group/node}) that are online now. */
    public Set<String> onlineNodes() {
        Set<String> online = new LinkedHashSet<>();
        nodes.forEach((key, node) -> {
            if (node.online) {
                online.add(key);
            }
        });
        return online;
    }

    private static String head(byte[] bytes) {
        int length = Math.min(bytes.length, RejectedRecord.MAX_RAW_LENGTH * 3 / 4);
        byte[] head = java.util.Arrays.copyOf(bytes, length);
        return "base64:" + Base64.getEncoder().encodeToString(head);
    }

    /** What a birth declared about one metric. */
    private record Birth(
            String name, int dataType, @Nullable String unit) {}

    /** One birth certificate's metrics, by name and by alias. */
    private static final class Births {
        final Map<String, Birth> byName = new HashMap<>();
        final Map<Long, Birth> byAlias = new HashMap<>();
    }

    private static final class Node {
        boolean online;
        int lastSeq = -1;

        @Nullable
        Long bdSeq;

        @Nullable
        Instant rebirthAskedAt;

        Births metrics = new Births();
        final Map<String, Device> devices = new HashMap<>();
    }

    private static final class Device {
        boolean online = true;
        final Births metrics = new Births();
    }
}
