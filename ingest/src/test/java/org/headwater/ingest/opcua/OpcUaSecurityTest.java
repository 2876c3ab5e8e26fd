package org.headwater.ingest.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.TagHistory;
import org.headwater.ingest.sources.ConnectorState;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpcUaSecurityTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path pki;

    private final Clock clock = Clock.systemUTC();
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(clock);
    private final ScadaFixture.Collected sink = new ScadaFixture.Collected();
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

    // Part 2 (security model): the client trusts a server certificate only once an operator placed it in the trust
    // list.
    @Test
    void basic256Sha256WithAUserConnectsOnlyOnceTheServerCertificateIsTrusted() throws IOException {
        server = SimulatedScadaServer.start(new SimulatedScadaServer.Settings(
                port, ScadaFixture.TAGS, new TagHistory(), true, true, Map.of("reader", "s3cret")));
        OpcUaSourceSettings settings = OpcUaSourceSettings.of("secure", server.endpointUrl())
                .withSecurity(OpcUaSecurity.BASIC256SHA256, pki)
                .withUser("reader", "s3cret");
        source = new OpcUaSource(
                settings,
                ScadaFixture.map(),
                ScadaFixture.intake(clock),
                sink,
                board.register("opcua", "secure"),
                clock);
        source.start();

        Path rejected = pki.resolve("rejected").resolve("certs");
        await().atMost(WAIT).until(() -> Files.isDirectory(rejected) && count(rejected) > 0);
        assertThat(board.statuses().getFirst().state()).isNotEqualTo(ConnectorState.CONNECTED);
        Path trusted = Files.createDirectories(pki.resolve("trusted").resolve("certs"));
        try (Stream<Path> files = Files.list(rejected)) {
            for (Path certificate : files.toList()) {
                Files.move(certificate, trusted.resolve(certificate.getFileName()));
            }
        }

        await().atMost(WAIT).until(() -> board.statuses().getFirst().state() == ConnectorState.CONNECTED);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(5);
        server.update("WQ1.Chlorine", 0.5, t);
        await().atMost(WAIT).until(() -> sink.readings("wq-1").size() == 1);
        assertThat(Files.exists(pki.resolve("own").resolve("headwater.p12"))).isTrue();
    }

    @Test
    void browseListsEveryVariableAsATagMapLineWithItsNamespaceUri() {
        server = SimulatedScadaServer.start(
                SimulatedScadaServer.Settings.plain(port, ScadaFixture.TAGS, new TagHistory()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int found = new OpcUaBrowser(OpcUaSourceSettings.of("browse", server.endpointUrl()), 8)
                .browse(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String listing = buffer.toString(StandardCharsets.UTF_8);
        assertThat(found).isEqualTo(5);
        assertThat(listing).contains("address,sensor_id,measurand,unit");
        assertThat(listing).contains(ScadaFixture.NSU + "PS1.Pressure,,,  # /Objects/Scada/PS1.Pressure");
        assertThat(listing).contains(ScadaFixture.NSU + "Pump1.Running,,,");
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
