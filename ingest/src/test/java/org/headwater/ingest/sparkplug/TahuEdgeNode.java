package org.headwater.ingest.sparkplug;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.PropertyDataType;
import org.eclipse.tahu.message.model.PropertySet;
import org.eclipse.tahu.message.model.PropertyValue;
import org.eclipse.tahu.message.model.SparkplugBPayload;

/**
 * A Sparkplug B edge node for tests: payloads built and encoded with Eclipse Tahu, published with
 * the HiveMQ client. It keeps its sequence number like a real edge node (births reset it to 0,
 * every later message adds one, mod 256), answers a rebirth request with new births, and can be
 * told to skip sequence numbers or to die.
 */
final class TahuEdgeNode implements AutoCloseable {

    /** One metric as declared in a birth. */
    record Declared(String name, long alias, MetricDataType type, Object value, String engUnit) {}

    private final String group;
    private final String node;
    private final Mqtt3AsyncClient client;
    private final AtomicLong seq = new AtomicLong();
    private final List<SparkplugBPayload> rebirthRequests = new CopyOnWriteArrayList<>();
    private final Map<String, List<Declared>> devices = new LinkedHashMap<>();
    private List<Declared> nodeMetrics = List.of();
    private long bdSeq;
    private volatile boolean answerRebirth = true;

    TahuEdgeNode(int port, String group, String node) {
        this.group = group;
        this.node = node;
        this.client = MqttClient.builder()
                .useMqttVersion3()
                .identifier("edge-" + group + "-" + node)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, this::onCommand);
        join(client.connect());
        join(client.subscribeWith()
                .topicFilter("spBv1.0/" + group + "/NCMD/" + node)
                .qos(MqttQos.AT_LEAST_ONCE)
                .send());
    }

    /** Publishes NBIRTH (a new bdSeq, sequence 0) and a DBIRTH for every device declared so far. */
    synchronized void birth(List<Declared> metrics) {
        nodeMetrics = List.copyOf(metrics);
        seq.set(0);
        bdSeq++;
        List<Metric> births = new ArrayList<>();
        births.add(metric("bdSeq", null, MetricDataType.Int64, bdSeq, null));
        births.add(metric("Node Control/Rebirth", null, MetricDataType.Boolean, false, null));
        for (Declared d : metrics) {
            births.add(metric(d.name(), d.alias(), d.type(), d.value(), d.engUnit()));
        }
        publish("NBIRTH", null, births, 0);
        devices.forEach(this::publishDeviceBirth);
    }

    synchronized void deviceBirth(String device, List<Declared> metrics) {
        devices.put(device, List.copyOf(metrics));
        publishDeviceBirth(device, metrics);
    }

    private void publishDeviceBirth(String device, List<Declared> metrics) {
        List<Metric> births = new ArrayList<>();
        for (Declared d : metrics) {
            births.add(metric(d.name(), d.alias(), d.type(), d.value(), d.engUnit()));
        }
        publish("DBIRTH", device, births, seq.incrementAndGet() % 256);
    }

    /** NDATA with metrics by alias only, as edge nodes send them. */
    synchronized void data(Instant time, Metric... metrics) {
        publish("NDATA", null, stamped(time, metrics), seq.incrementAndGet() % 256);
    }

    synchronized void deviceData(String device, Instant time, Metric... metrics) {
        publish("DDATA", device, stamped(time, metrics), seq.incrementAndGet() % 256);
    }

    synchronized void deviceDeath(String device) {
        publish("DDEATH", device, List.of(), seq.incrementAndGet() % 256);
    }

    /** The edge node's death certificate, as the broker would send its will. */
    synchronized void die() {
        publish("NDEATH", null, List.of(metric("bdSeq", null, MetricDataType.Int64, bdSeq, null)), -1);
    }

    /** Loses {@code count} messages on the way, as a broker outage or a QoS 0 drop would. */
    synchronized void skip(int count) {
        seq.addAndGet(count);
    }

    void answerRebirthRequests(boolean answer) {
        answerRebirth = answer;
    }

    /** The rebirth requests received, decoded by Tahu. */
    List<SparkplugBPayload> rebirthRequests() {
        return rebirthRequests;
    }

    /** Publishes any bytes on one of this node's topics (for bad input). */
    void publishRaw(String type, byte[] payload) {
        join(client.publishWith()
                .topic("spBv1.0/" + group + "/" + type + "/" + node)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .send());
    }

    static Metric byAlias(long alias, MetricDataType type, Object value) {
        return metric(null, alias, type, value, null);
    }

    private static Metric metric(String name, Long alias, MetricDataType type, Object value, String engUnit) {
        try {
            Metric.MetricBuilder builder = new Metric.MetricBuilder(name, type, value);
            if (alias != null) {
                builder.alias(alias);
            }
            if (engUnit != null) {
                builder.properties(new PropertySet.PropertySetBuilder()
                        .addProperty("engUnit", new PropertyValue<>(PropertyDataType.String, engUnit))
                        .createPropertySet());
            }
            return builder.createMetric();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Metric> stamped(Instant time, Metric... metrics) {
        for (Metric m : metrics) {
            m.setTimestamp(Date.from(time));
        }
        return List.of(metrics);
    }

    private void publish(String type, String device, List<Metric> metrics, long sequence) {
        SparkplugBPayload.SparkplugBPayloadBuilder payload = new SparkplugBPayload.SparkplugBPayloadBuilder()
                .setTimestamp(new Date())
                .addMetrics(metrics);
        if (sequence >= 0) {
            payload.setSeq(sequence);
        }
        try {
            byte[] bytes = new SparkplugBPayloadEncoder().getBytes(payload.createPayload(), false);
            join(client.publishWith()
                    .topic("spBv1.0/" + group + "/" + type + "/" + node + (device == null ? "" : "/" + device))
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(bytes)
                    .send());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void onCommand(Mqtt3Publish publish) {
        try {
            SparkplugBPayload command =
                    new SparkplugBPayloadDecoder().buildFromByteArray(publish.getPayloadAsBytes(), null);
            rebirthRequests.add(command);
            if (answerRebirth) {
                Thread.ofVirtual().start(() -> birth(nodeMetrics));
            }
        } catch (Exception e) {
            throw new IllegalStateException("edge node cannot decode a command", e);
        }
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        join(client.disconnect());
    }
}
