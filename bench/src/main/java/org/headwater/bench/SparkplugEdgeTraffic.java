package org.headwater.bench;

import com.google.protobuf.CodedOutputStream;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Simulated Sparkplug B edge nodes for {@code bench ingest-sparkplug}: each publishes an NBIRTH
 * declaring {@code metrics} Double metrics with aliases 1..n, then NDATA messages carrying every
 * metric by alias with the next second as its timestamp and the next sequence number, as fast as
 * the broker confirms them (QoS 1, a window of unconfirmed messages per node). Payloads are encoded
 * here with protobuf's writer, the way an edge node's library does; this simulator is a bench tool
 * and is on no server's class path.
 */
final class SparkplugEdgeTraffic {

    static final String GROUP = "bench";
    private static final int DOUBLE = 10;
    private static final int INT64 = 4;

    private final String host;
    private final int port;
    private final int nodes;
    private final int metrics;
    private final int inFlight;
    private final LongSupplier stored;
    private final long maxBacklog;
    private final Instant firstSecond =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
    private final AtomicLong confirmedMetrics = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Mqtt3AsyncClient> clients = new ArrayList<>();
    private volatile boolean stopping;

    SparkplugEdgeTraffic(
            String host, int port, int nodes, int metrics, int inFlight, LongSupplier stored, long maxBacklog) {
        this.host = host;
        this.port = port;
        this.nodes = nodes;
        this.metrics = metrics;
        this.inFlight = inFlight;
        this.stored = stored;
        this.maxBacklog = maxBacklog;
    }

    static String node(int n) {
        return "node-" + n;
    }

    static String metric(int m) {
        return "Station/Pressure-" + m;
    }

    static String sensor(int n, int m) {
        return "sp-" + n + "-" + m;
    }

    void start() throws Exception {
        for (int n = 0; n < nodes; n++) {
            Mqtt3AsyncClient client = MqttClient.builder()
                    .useMqttVersion3()
                    .identifier("headwater-bench-edge-" + n)
                    .serverHost(host)
                    .serverPort(port)
                    .buildAsync();
            client.connect().get(30, TimeUnit.SECONDS);
            clients.add(client);
            int node = n;
            threads.add(Thread.ofPlatform().name("edge-" + n).start(() -> run(node, client)));
        }
    }

    private void run(int node, Mqtt3AsyncClient client) {
        Semaphore window = new Semaphore(inFlight);
        String data = "spBv1.0/" + GROUP + "/NDATA/" + node(node);
        publish(client, window, "spBv1.0/" + GROUP + "/NBIRTH/" + node(node), birth(), metrics);
        long seq = 0;
        for (long k = 1; !stopping; k++) {
            while (!stopping && confirmedMetrics.get() - stored.getAsLong() > maxBacklog) {
                Thread.onSpinWait();
                sleepQuietly();
            }
            seq = (seq + 1) % 256;
            publish(client, window, data, data(k, seq), metrics);
        }
        window.acquireUninterruptibly(inFlight); // every message confirmed (or failed) before the count is read
    }

    private void publish(Mqtt3AsyncClient client, Semaphore window, String topic, byte[] payload, int count) {
        window.acquireUninterruptibly();
        client.publishWith()
                .topic(topic)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .send()
                .whenComplete((result, error) -> {
                    (error == null ? confirmedMetrics : failed).addAndGet(error == null ? count : 1);
                    window.release();
                });
    }

    private byte[] birth() {
        long at = firstSecond.toEpochMilli();
        return payload(at, 0, out -> {
            out.writeByteArray(2, metric(m -> {
                m.writeString(1, "bdSeq");
                m.writeUInt64(3, at);
                m.writeUInt32(4, INT64);
                m.writeUInt64(11, 0);
            }));
            for (int i = 1; i <= metrics; i++) {
                int index = i;
                out.writeByteArray(2, metric(m -> {
                    m.writeString(1, metric(index));
                    m.writeUInt64(2, index);
                    m.writeUInt64(3, at);
                    m.writeUInt32(4, DOUBLE);
                    m.writeDouble(13, 400.0 + index);
                }));
            }
        });
    }

    private byte[] data(long k, long seq) {
        long at = firstSecond.plusSeconds(k).toEpochMilli();
        return payload(at, seq, out -> {
            for (int i = 1; i <= metrics; i++) {
                int index = i;
                out.writeByteArray(2, metric(m -> {
                    m.writeUInt64(2, index);
                    m.writeUInt64(3, at);
                    m.writeUInt32(4, DOUBLE);
                    m.writeDouble(13, 300.0 + (k % 100) + index / 1000.0);
                }));
            }
        });
    }

    @FunctionalInterface
    private interface Fields {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] payload(long timestamp, long seq, Fields metrics) {
        return bytes(out -> {
            out.writeUInt64(1, timestamp);
            metrics.write(out);
            out.writeUInt64(3, seq);
        });
    }

    private static byte[] metric(Fields fields) {
        return bytes(fields);
    }

    private static byte[] bytes(Fields fields) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
            CodedOutputStream out = CodedOutputStream.newInstance(buffer);
            fields.write(out);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Metric values the broker confirmed (births included). */
    long confirmedMetrics() {
        return confirmedMetrics.get();
    }

    long failures() {
        return failed.get();
    }

    /** Stops publishing and waits for every message to be confirmed; returns the confirmed metric count. */
    long stop() throws Exception {
        stopping = true;
        for (Thread t : threads) {
            t.join();
        }
        for (Mqtt3AsyncClient client : clients) {
            client.disconnect().get(30, TimeUnit.SECONDS);
        }
        return confirmedMetrics.get();
    }
}
