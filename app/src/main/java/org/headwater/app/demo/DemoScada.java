package org.headwater.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.ingest.opcua.OpcUaSource;
import org.headwater.ingest.opcua.OpcUaSourceSettings;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.SimulatedTag;
import org.headwater.ingest.opcua.simulated.TagHistory;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;

/**
 * The demo utility's SCADA as a real OPC UA server in the process (pressure sensors, zone inflows,
 * water-quality station), read back by the OPC UA connector like a utility's own: the live replay
 * writes each SCADA value to its tag, and the connector's subscription turns it into a reading.
 * The tag of a sensor is its id ({@code nsu=urn:headwater:simulated-scada;s=<sensor id>}).
 */
final class DemoScada implements AutoCloseable {

    static final String SOURCE = "demo-scada";

    private final SimulatedScadaServer server;
    private final OpcUaSource source;
    private final BatchingTelemetrySink batching;

    private DemoScada(SimulatedScadaServer server, OpcUaSource source, BatchingTelemetrySink batching) {
        this.server = server;
        this.source = source;
        this.batching = batching;
    }

    /** One SCADA tag: the sensor, what it measures and the unit the replay writes it in. */
    record Tag(String sensorId, Measurand measurand, Unit unit) {}

    static DemoScada start(
            List<Tag> tags, ReadIntake intake, TelemetrySink sink, ConnectorStatusBoard board, Clock replayClock) {
        Map<String, Tag> unique = new LinkedHashMap<>();
        tags.forEach(t -> unique.putIfAbsent(t.sensorId(), t));
        List<SimulatedTag> served = new ArrayList<>();
        List<TagMapping> mappings = new ArrayList<>();
        String prefix = "nsu=" + SimulatedScadaServer.namespaceUri() + ";s=";
        for (Tag tag : unique.values()) {
            served.add(SimulatedTag.analog(tag.sensorId()));
            mappings.add(TagMapping.of(prefix + tag.sensorId(), tag.sensorId(), tag.measurand(), tag.unit()));
        }
        SimulatedScadaServer server =
                SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(freePort(), served, new TagHistory()));
        BatchingTelemetrySink batching =
                new BatchingTelemetrySink(sink, 5_000, Duration.ofMillis(200), Duration.ofMillis(20), 1, 4);
        // a replay step writes many values per tag at once: the queue keeps them all until published
        OpcUaSourceSettings settings = OpcUaSourceSettings.of(SOURCE, server.endpointUrl())
                .withSampling(Duration.ofMillis(100), Duration.ofMillis(250), 10_000, 0);
        OpcUaSource source = new OpcUaSource(
                settings,
                TagMap.of("demo SCADA tags", mappings),
                intake,
                batching,
                board.register(OpcUaSource.KIND, SOURCE),
                replayClock);
        source.start();
        return new DemoScada(server, source, batching);
    }

    /** Writes one SCADA value to its tag. */
    void write(String sensorId, Instant time, double value) {
        server.update(sensorId, value, time);
    }

    @Override
    public void close() {
        source.close();
        batching.close();
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the demo's OPC UA server", e);
        }
    }
}
