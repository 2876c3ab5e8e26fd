package org.headwater.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.SimulatedTag;
import org.headwater.ingest.opcua.simulated.TagHistory;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorState;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.SourceConfigException;
import org.headwater.ingest.sources.TagMapException;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SourcesIngestionTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(clock);
    private final List<IngestBatch> stored = new CopyOnWriteArrayList<>();
    private final ReadIntake intake = ReadIntake.withDefaults(new InMemoryMeterDirectory().putSensor("ps-1"), clock);
    private SourcesIngestion ingestion;
    private SimulatedScadaServer server;

    @AfterEach
    void stop() {
        if (ingestion != null) {
            ingestion.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aConfiguredOpcUaSourceIsStartedAndReportsToTheStatusBoard() throws IOException {
        server = SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(
                freePort(), List.of(SimulatedTag.analog("PS1.Pressure")), new TagHistory()));
        Path map = Files.writeString(
                dir.resolve("tags.csv"),
                "address,sensor_id,measurand,unit\n\"nsu=" + SimulatedScadaServer.namespaceUri()
                        + ";s=PS1.Pressure\",ps-1,pressure,kPa\n");
        ingestion = ingestion(new MockEnvironment()
                .withProperty("headwater.sources.opcua.plant.endpoint", server.endpointUrl())
                .withProperty("headwater.sources.opcua.plant.map", map.toString())
                .withProperty("headwater.sources.opcua.off.endpoint", "opc.tcp://127.0.0.1:1/none")
                .withProperty("headwater.sources.opcua.off.enabled", "false"));

        ingestion.start();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> board.statuses().getFirst().state() == ConnectorState.CONNECTED);
        server.update("PS1.Pressure", 400.0, Instant.now().truncatedTo(ChronoUnit.MILLIS));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> stored.stream().mapToInt(b -> b.readings().size()).sum() == 1);
        assertThat(board.statuses()).extracting(s -> s.name()).containsExactly("plant");
    }

    @Test
    void aBadMapRefusesTheStartNamingFileLineAndField() throws IOException {
        Path map = Files.writeString(
                dir.resolve("bad.csv"), "address,sensor_id,measurand,unit\nns=2;s=A,ps-1,pressure,gallons\n");
        ingestion = ingestion(new MockEnvironment()
                .withProperty("headwater.sources.opcua.plant.endpoint", "opc.tcp://127.0.0.1:4840")
                .withProperty("headwater.sources.opcua.plant.map", map.toString()));

        assertThatThrownBy(ingestion::start)
                .isInstanceOf(TagMapException.class)
                .hasMessageStartingWith(map + " line 2 field unit:");
    }

    @Test
    void aMisspeltSettingRefusesTheStartNamingTheProperty() {
        ingestion = ingestion(new MockEnvironment()
                .withProperty("headwater.sources.opcua.plant.endpoint", "opc.tcp://127.0.0.1:4840")
                .withProperty("headwater.sources.opcua.plant.sampling-intervall", "1s"));

        assertThatThrownBy(ingestion::start)
                .isInstanceOf(SourceConfigException.class)
                .hasMessageStartingWith("headwater.sources.opcua.plant.sampling-intervall:");
    }

    private SourcesIngestion ingestion(MockEnvironment environment) {
        return new SourcesIngestion(environment, intake, stored::add, board, new WallClock(clock));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
