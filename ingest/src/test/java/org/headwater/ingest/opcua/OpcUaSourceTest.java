package org.headwater.ingest.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.TagHistory;
import org.headwater.ingest.sources.ConnectorState;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpcUaSourceTest {

    // generous: the first Milo server or client in a JVM takes seconds to initialise on a busy machine
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final Clock clock = Clock.systemUTC();
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(clock);
    private final ScadaFixture.Collected sink = new ScadaFixture.Collected();
    private final TagHistory history = new TagHistory();
    private final int port = ScadaFixture.freePort();
    private SimulatedScadaServer server;
    private OpcUaSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tagValuesBecomeReadingsAtTheirSourceTimeInCanonicalUnits() {
        server = SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, history));
        source = start(OpcUaSourceSettings.of("plant", server.endpointUrl()));
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30);

        server.update("PS1.Pressure", 50.0, t);
        server.update("Tank1.Level", 4.25, t);
        server.update("Zone1.Inflow", 31.5, t);
        server.update("WQ1.Chlorine", 0.42, t);
        server.update("Pump1.Running", true, t);

        await().atMost(WAIT).until(() -> sink.readings().size() == 5);
        Reading pressure = sink.readings("ps-1").getFirst();
        assertThat(pressure.time()).isEqualTo(t);
        assertThat(pressure.measurand()).isEqualTo(Measurand.PRESSURE);
        assertThat(pressure.value()).isCloseTo(344.74, within(0.01));
        assertThat(sink.readings("tank-1").getFirst().value()).isEqualTo(4.25);
        assertThat(sink.readings("pump-1").getFirst().value()).isEqualTo(1.0);
        ConnectorStatus status = board.statuses().getFirst();
        assertThat(status.state()).isEqualTo(ConnectorState.CONNECTED);
        assertThat(status.lastValueTime()).isEqualTo(t);
        assertThat(status.values()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void badStatusAndGarbageAreQuarantinedWithTheReasonAndTheConnectorKeepsReading() {
        server = SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, history));
        source = start(OpcUaSourceSettings.of("plant", server.endpointUrl()));
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30);
        awaitConnected();

        server.update("PS1.Pressure", 50.0, SimulatedScadaServer.BAD_SENSOR_FAILURE, t);
        server.update("WQ1.Chlorine", "garbage", t);
        server.update("Tank1.Level", 1.0e9, t);
        server.update("Zone1.Inflow", 12.0, SimulatedScadaServer.UNCERTAIN_LAST_USABLE_VALUE, t);
        server.update("PS1.Pressure", 51.0, t.plusSeconds(1));

        await().atMost(WAIT).until(() -> sink.readings("ps-1").size() == 1);
        assertThat(sink.rejected())
                .filteredOn(r -> r.raw().contains(t.toString()))
                .extracting(r -> r.reason())
                .contains(
                        RejectionReason.BAD_QUALITY, RejectionReason.INVALID_NUMBER, RejectionReason.IMPLAUSIBLE_VALUE);
        assertThat(sink.rejected())
                .filteredOn(r -> r.reason() == RejectionReason.BAD_QUALITY)
                .anySatisfy(r -> {
                    assertThat(r.detail()).contains("Bad_SensorFailure");
                    assertThat(r.channel()).isEqualTo("opcua:plant");
                });
        assertThat(sink.readings("zone-1-inflow")).extracting(Reading::value).containsExactly(12.0);
        assertThat(board.statuses().getFirst().quarantined()).isGreaterThanOrEqualTo(3);
    }

    // Part 4 6.7 (re-establishing connections): a restarted server has lost every subscription;
    // the connector re-creates it and reads the gap from history, so each value arrives exactly once.
    @Test
    void aServerRestartMidStreamLosesNothingAndDuplicatesNothing() throws Exception {
        server = SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, history));
        source = start(OpcUaSourceSettings.of("plant", server.endpointUrl())
                .withSampling(Duration.ofMillis(50), Duration.ofMillis(100), 100, 0));
        awaitConnected();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(120);
        int written = 0;
        for (int i = 0; i < 20; i++, written++) {
            server.update("PS1.Pressure", 40.0 + i, start.plusSeconds(written));
            Thread.sleep(20);
        }
        server.close();
        server = null;
        // the plant keeps measuring while its OPC UA server is down: the values reach the history only
        SimulatedScadaServer restarted =
                SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, history));
        server = restarted;
        for (int i = 0; i < 20; i++, written++) {
            server.update("PS1.Pressure", 60.0 + i, start.plusSeconds(written));
            Thread.sleep(50);
        }
        await().atMost(WAIT)
                .until(() -> board.statuses().getFirst().state() == ConnectorState.CONNECTED
                        && sink.readings("ps-1").size() >= 40);
        for (int i = 0; i < 10; i++, written++) {
            server.update("PS1.Pressure", 80.0 + i, start.plusSeconds(written));
            Thread.sleep(20);
        }
        int expected = written;
        await().atMost(WAIT).until(() -> sink.readings("ps-1").size() >= expected);
        Thread.sleep(500);

        assertThat(sink.readings("ps-1")).hasSize(expected);
        assertThat(sink.readings("ps-1").stream().map(Reading::time).distinct().count())
                .isEqualTo(expected);
        assertThat(source.backfilled()).isPositive();
    }

    @Test
    void aGapTheServerHasNoHistoryForIsRecordedAsNonReporting() throws Exception {
        SimulatedScadaServer.Settings noHistory =
                new SimulatedScadaServer.Settings(port, ScadaFixture.TAGS, history, false, false, Map.of());
        server = SimulatedScadaServer.start(noHistory);
        source = start(OpcUaSourceSettings.of("plant", server.endpointUrl()));
        awaitConnected();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        server.update("PS1.Pressure", 40.0, t);
        await().atMost(WAIT).until(() -> sink.readings("ps-1").size() == 1);

        server.close();
        server = SimulatedScadaServer.start(noHistory);
        server.update("PS1.Pressure", 41.0, t.plusSeconds(10));

        await().atMost(WAIT).until(() -> !source.gaps().isEmpty());
        assertThat(source.gaps().getFirst()).contains("from " + t).contains("non-reporting");
        await().atMost(WAIT).until(() -> sink.readings("ps-1").size() == 2);
        assertThat(board.statuses().getFirst().lastError()).contains("not backfilled");
    }

    @Test
    void aServerThatIsDownAtStartIsRetriedUntilItAnswers() {
        source = start(OpcUaSourceSettings.of("plant", "opc.tcp://127.0.0.1:" + port + "/scada"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> board.statuses().getFirst().errors() > 0);
        assertThat(board.statuses().getFirst().state()).isIn(ConnectorState.CONNECTING, ConnectorState.DISCONNECTED);

        server = SimulatedScadaServer.start(SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, history));

        awaitConnected();
    }

    private OpcUaSource start(OpcUaSourceSettings settings) {
        OpcUaSource started = new OpcUaSource(
                settings,
                ScadaFixture.map(),
                ScadaFixture.intake(clock),
                sink,
                board.register(OpcUaSource.KIND, settings.name()),
                clock);
        started.start();
        return started;
    }

    private void awaitConnected() {
        await().atMost(WAIT).until(() -> board.statuses().getFirst().state() == ConnectorState.CONNECTED);
    }
}
