package org.headwater.bench.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.network.ElementKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-built cases and their committed EPANET results belong together and are readable by our .inp reader. */
class EpanetCasesTest {

    private static final Path CASES = Path.of("..", "data", "epanet-cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES.resolve("inp"))) {
            return files.map(p -> p.getFileName().toString().replace(".inp", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCaseIsReadByOurReaderAndHasEpanet22ResultsForEachOfItsElements(String name) throws IOException {
        Map<ElementKind, Long> counts = new EpanetInpReader()
                .read(CASES.resolve("inp/" + name + ".inp"))
                .network()
                .countsByKind();
        Path results = CASES.resolve("results/" + name);

        List<String> snapshot = lines(results.resolve("snapshot_t0.csv.gz"));
        long nodes =
                counts.get(ElementKind.JUNCTION) + counts.get(ElementKind.RESERVOIR) + counts.get(ElementKind.TANK);
        long links = counts.get(ElementKind.PIPE) + counts.get(ElementKind.PUMP) + counts.get(ElementKind.VALVE);
        assertThat(snapshot.stream().filter(l -> l.startsWith("node,"))).hasSize((int) nodes);
        assertThat(snapshot.stream().filter(l -> l.startsWith("link,"))).hasSize((int) links);

        List<String> eps = lines(results.resolve("eps_24h.csv.gz"));
        assertThat(eps.get(0)).isEqualTo("time_s,kind,id,property,value");
        assertThat(eps.get(eps.size() - 1)).startsWith("86400,");
        String info = Files.readString(results.resolve("run_info.json"));
        assertThat(info).contains("\"epanet_version_int\": 20200").contains("\"engine_subpath\": \"v2.2\"");
    }

    private static List<String> lines(Path gz) throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }
}
