package org.headwater.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headwater.bench.hydraulics.EpanetJsEngine;
import org.headwater.bench.hydraulics.EpanetJsInstall;
import org.headwater.bench.hydraulics.HydraulicEngine;
import org.junit.jupiter.api.Test;

class HydraulicsBenchmarkTest {

    private static final Path NETWORKS = Path.of("..", "data", "epanet-networks");

    @Test
    void ourSolverIsTheEngineFoundOnTheBenchClassPath() {
        assertThat(HydraulicsBenchmark.ours()).map(HydraulicEngine::name).contains("headwater");
    }

    @Test
    void networksAreTakenFromTheFolderByNameAndUnpacked() throws Exception {
        var networks =
                HydraulicsBenchmark.networks(NETWORKS, Path.of("target", "hydraulics-networks"), Set.of("Net1", "KL"));

        assertThat(networks.keySet()).containsExactly("KL", "Net1");
        assertThat(networks.get("Net1").getFileName().toString()).isEqualTo("Net1.inp");
        assertThat(java.nio.file.Files.readString(networks.get("Net1"))).contains("[JUNCTIONS]");
    }

    @Test
    void withoutOurSolverEpanetsTimesArePrintedAndNoSpeedupIsClaimed() {
        assumeNode();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new HydraulicsBenchmark(install -> Optional.empty())
                        .run(
                                List.of(
                                        "--networks",
                                        NETWORKS.toString(),
                                        "--only",
                                        "Net1",
                                        "--runs",
                                        "1",
                                        "--cache",
                                        "target/epanet-js-test"),
                                out))
                .isInstanceOf(Benchmark.NoFigure.class)
                .hasMessageStartingWith("no hydraulics-speedup: our solver is missing");
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("epanet-js 0.9.0").contains("npm registry");
        assertThat(printed.lines().filter(line -> line.startsWith("Net1 ")))
                .hasSize(3) // snapshot, EPS and memory rows
                .allSatisfy(line -> assertThat(line).contains(" 9 ").contains("missing"));
        assertThat(printed).contains("our solver: missing").doesNotContain("hydraulics-speedup ");
    }

    @Test
    void anEnginePluggedInGetsARatioPerNetworkAndTheSpeedupLine() throws Exception {
        assumeNode();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // EPANET itself, measured a second time under another name, stands in for our solver
        HydraulicsBenchmark benchmark =
                new HydraulicsBenchmark(install -> Optional.of(new Renamed(new EpanetJsEngine(install))));

        Benchmark.Result result = benchmark.run(
                List.of(
                        "--networks",
                        NETWORKS.toString(),
                        "--only",
                        "Net1,Net3",
                        "--runs",
                        "3",
                        "--cache",
                        "target/epanet-js-test"),
                out);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(result.line()).matches("hydraulics-speedup \\d+\\.\\d{3}");
        double speedup = Double.parseDouble(result.line().split(" ")[1]);
        assertThat(speedup).isBetween(0.05, 20.0); // the same engine twice, on a shared machine
        assertThat(printed).contains("against epanet-js-again").doesNotContain("missing");
        assertThat(printed.lines().filter(line -> line.startsWith("Net3 ")).limit(2))
                .allSatisfy(line -> assertThat(line.trim().split("\\s+")).hasSize(5));
        assertThat(printed).contains("faster than EPANET on every network with more than 500 junctions");
    }

    private record Renamed(HydraulicEngine inner) implements HydraulicEngine {

        @Override
        public String name() {
            return "epanet-js-again";
        }

        @Override
        public Timing snapshot(Path inp, int runs) throws IOException, InterruptedException {
            return inner.snapshot(inp, runs);
        }

        @Override
        public Timing extendedPeriod(Path inp, Duration duration, int runs) throws IOException, InterruptedException {
            return inner.extendedPeriod(inp, duration, runs);
        }
    }

    private static void assumeNode() {
        String node = EpanetJsInstall.nodeVersion();
        assumeTrue(
                node.matches("v(2\\d|[3-9]\\d)\\..*"),
                "skipped: EPANET runs under Node 20+ and `node --version` gave '" + node + "'");
    }

    @Test
    void aLargeNetworkBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> new HydraulicsBenchmark()
                        .run(List.of("--large-junctions", "100", "--networks", NETWORKS.toString()), System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 500");
    }
}
