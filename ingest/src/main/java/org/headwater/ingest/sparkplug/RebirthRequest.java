package org.headwater.ingest.sparkplug;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The one message Headwater ever sends to a field system: a Sparkplug B Node Control/Rebirth
 * request ({@code NCMD} with the single boolean metric {@code Node Control/Rebirth = true}). It asks
 * an edge node to publish its birth certificates again so the host relearns metric names and
 * aliases after a sequence gap; it changes no setpoint, output, tag or device state, which is why
 * it is not a control action (ADR 0034, docs/security.md). This is the only class that encodes a
 * Sparkplug payload, so no other command can be built (an ArchUnit rule holds it to that).
 *
 * @param group the edge node's group id
 * @param node the edge node id
 */
public record RebirthRequest(String group, String node) {

    /** The metric name the Sparkplug B specification reserves for the rebirth request. */
    public static final String METRIC = "Node Control/Rebirth";

    private static final int BOOLEAN = 11;

    public RebirthRequest {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(node, "node");
    }

    /** {@code spBv1.0/<group>/NCMD/<node>}: a node command topic, never a device's (DCMD). */
    public String topic() {
        return SparkplugTopic.NAMESPACE + "/" + group + "/" + SparkplugMessageType.NCMD + "/" + node;
    }

    /** The protobuf payload: timestamp and the one rebirth metric, nothing else. */
    public byte[] payload(Instant now) {
        long millis = now.toEpochMilli();
        try {
            ByteArrayOutputStream metric = new ByteArrayOutputStream();
            CodedOutputStream m = CodedOutputStream.newInstance(metric);
            m.writeString(1, METRIC);
            m.writeUInt64(3, millis);
            m.writeUInt32(4, BOOLEAN);
            m.writeBool(14, true);
            m.flush();
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            CodedOutputStream p = CodedOutputStream.newInstance(payload);
            p.writeUInt64(1, millis);
            p.writeByteArray(2, metric.toByteArray());
            p.flush();
            return payload.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the rebirth request for " + group + "/" + node, e);
        }
    }
}
