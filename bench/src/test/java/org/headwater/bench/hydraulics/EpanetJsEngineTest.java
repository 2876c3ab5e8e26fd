package org.headwater.bench.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs EPANET under Node: skipped, with the reason, on a machine without Node 20+. The install goes to
 * {@code target/}, so a rerun finds it there; the first run fetches epanet-js from the npm registry.
 */
class EpanetJsEngineTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static EpanetJsInstall install;
    private static String installLog;

    @BeforeEach
    void installWhenNodeIsThere() throws IOException, InterruptedException {
        String node = EpanetJsInstall.nodeVersion();
        // each test reports itself skipped with this reason, so the skip shows in the test report
        assumeTrue(
                node.matches("v(2\\d|[3-9]\\d)\\..*"),
                "skipped: EPANET runs under Node 20+ and `node --version` gave '" + node + "'");
        if (install != null) {
            return;
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        install = EpanetJsInstall.ensure(
                Path.of("target", "epanet-js-test"), new PrintStream(log, true, StandardCharsets.UTF_8));
        installLog = log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theInstallSaysWhereEpanetJsComesFrom() {
        assertThat(installLog)
                .containsAnyOf("installing epanet-js 0.9.0 from the npm registry", "fetched from the npm registry");
        assertThat(install.directory().resolve("node_modules/epanet-js/package.json"))
                .exists();
    }

    @Test
    void epanetTimesNet1SnapshotAndItsDayOfExtendedPeriod() throws IOException, InterruptedException {
        Path net1 = plain(REPO.resolve("data/epanet-networks/Net1.inp.gz"));
        EpanetJsEngine engine = new EpanetJsEngine(install);

        EpanetJsEngine.Measured measured =
                engine.measureAll(List.of(net1), Duration.ofHours(24), 1).get(net1);
        HydraulicEngine.Timing snapshot = engine.snapshot(net1, 1);

        assertThat(measured.junctions()).isEqualTo(9);
        assertThat(measured.epsTimes()).isEqualTo(27); // 25 hourly times and the two tank events
        assertThat(measured.snapshotMillis()).isPositive();
        assertThat(measured.epsMillis()).isGreaterThan(measured.snapshotMillis());
        assertThat(snapshot.medianMillis()).isEqualTo(measured.snapshotMillis());
        assertThat(snapshot.memoryBytes()).isGreaterThan(1_000_000L);
    }

    @Test
    void theScriptStillGivesTheCommittedResultsOfAHandBuiltCase() throws IOException, InterruptedException {
        Path cases = REPO.resolve("data/epanet-cases");
        Path out = Files.createTempDirectory("epanet-case");
        Process process = new ProcessBuilder(
                        "node",
                        install.script().toString(),
                        "results",
                        "--inp",
                        cases.resolve("inp/valve-prv.inp").toString(),
                        "--out",
                        out.toString(),
                        "--name",
                        "valve-prv",
                        "--repeat",
                        "1")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        for (String file : List.of("snapshot_t0.csv.gz", "eps_24h.csv.gz")) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(
                            cases.resolve("results/valve-prv").resolve(file)));
        }
    }

    private static Path plain(Path gz) throws IOException {
        Path plain = Files.createTempFile("net", ".inp");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return plain;
    }
}
