package org.headwater.ingest.opcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.SimulatedTag;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;

/** The simulated tags of a small plant, their tag map and a sink that keeps what it is given. */
final class ScadaFixture {

    static final String NSU = "nsu=" + SimulatedScadaServer.namespaceUri() + ";s=";

    static final List<SimulatedTag> TAGS = List.of(
            SimulatedTag.analog("PS1.Pressure"),
            SimulatedTag.analog("Tank1.Level"),
            SimulatedTag.analog("Zone1.Inflow"),
            SimulatedTag.analog("WQ1.Chlorine"),
            SimulatedTag.status("Pump1.Running"));

    static TagMap map() {
        return TagMap.of(
                "plant-tags.csv",
                List.of(
                        TagMapping.of(NSU + "PS1.Pressure", "ps-1", Measurand.PRESSURE, Unit.PSI),
                        TagMapping.of("/Objects/Scada/Tank1.Level", "tank-1", Measurand.LEVEL, Unit.METRE),
                        TagMapping.of(NSU + "Zone1.Inflow", "zone-1-inflow", Measurand.FLOW, Unit.LITRE_PER_SECOND),
                        TagMapping.of(NSU + "WQ1.Chlorine", "wq-1", Measurand.CHLORINE, Unit.MILLIGRAM_PER_LITRE),
                        TagMapping.of(NSU + "Pump1.Running", "pump-1", Measurand.PUMP_RUNNING, Unit.ON_OFF)));
    }

    static ReadIntake intake(Clock clock) {
        return ReadIntake.withDefaults(
                new InMemoryMeterDirectory()
                        .putSensor("ps-1")
                        .putSensor("tank-1")
                        .putSensor("zone-1-inflow")
                        .putSensor("wq-1")
                        .putSensor("pump-1"),
                clock);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps every batch. */
    static final class Collected implements TelemetrySink {
        final List<IngestBatch> batches = new CopyOnWriteArrayList<>();

        @Override
        public void accept(IngestBatch batch) {
            batches.add(batch);
        }

        List<Reading> readings() {
            return batches.stream().flatMap(b -> b.readings().stream()).toList();
        }

        List<Reading> readings(String sourceId) {
            return readings().stream()
                    .filter(r -> r.sourceId().equals(sourceId))
                    .toList();
        }

        List<RejectedRecord> rejected() {
            return batches.stream().flatMap(b -> b.rejected().stream()).toList();
        }
    }
}
