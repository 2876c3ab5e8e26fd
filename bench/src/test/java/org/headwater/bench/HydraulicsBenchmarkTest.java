package org.headwater.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.headwater.bench.hydraulics.EpanetJsInstall;
import org.junit.jupiter.api.Test;

class HydraulicsBenchmarkTest {

    private static final Path NETWORKS = Path.of("..", "data", "epanet-networks");

    @Test
    void noEngineButEpanetIsOnTheBenchClassPathYet() {
        assertThat(HydraulicsBenchmark.ours()).isEmpty();
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
        String node = EpanetJsInstall.nodeVersion();
        assumeTrue(
                node.matches("v(2\\d|[3-9]\\d)\\..*"),
                "skipped: EPANET runs under Node 20+ and `node --version` gave '" + node + "'");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new HydraulicsBenchmark()
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
    void aLargeNetworkBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> new HydraulicsBenchmark()
                        .run(List.of("--large-junctions", "100", "--networks", NETWORKS.toString()), System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 500");
    }
}
