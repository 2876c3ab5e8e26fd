package org.headwater.bench.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.ingest.network.EpanetModel;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridNetworkGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        assertThat(text(2_000, 7)).isEqualTo(text(2_000, 7));
        assertThat(text(2_000, 7)).isNotEqualTo(text(2_000, 8));
    }

    @Test
    void theFileHasExactlyTheJunctionsAskedForWithSourcesTanksAndPumps() throws IOException {
        Path inp = dir.resolve("grid.inp");
        GridNetworkGenerator.Summary summary = new GridNetworkGenerator(5_000, 1).write(inp);

        EpanetModel model = new EpanetInpReader().read(inp);
        Map<ElementKind, Long> counts = model.network().countsByKind();

        assertThat(summary.junctions()).isEqualTo(5_000);
        assertThat(counts.get(ElementKind.JUNCTION)).isEqualTo(5_000L);
        assertThat(InpJunctions.count(inp)).isEqualTo(5_000);
        assertThat(counts.get(ElementKind.RESERVOIR))
                .isEqualTo((long) summary.reservoirs())
                .isPositive();
        assertThat(counts.get(ElementKind.TANK))
                .isEqualTo((long) summary.tanks())
                .isPositive();
        assertThat(counts.get(ElementKind.PUMP))
                .isEqualTo((long) summary.pumps())
                .isPositive();
        assertThat(model.patterns().keySet()).containsExactlyInAnyOrder("RES", "COM", "IND");
        assertThat(model.patterns().get("RES")).hasSize(24);
        assertThat(Files.readString(inp)).contains("Headloss H-W");
    }

    @Test
    void everyJunctionIsReachableFromAReservoirAndTheGridHasLoops() throws IOException {
        Path inp = dir.resolve("grid.inp");
        new GridNetworkGenerator(3_000, 3).write(inp);
        Network network = new EpanetInpReader().read(inp).network();

        Map<String, List<String>> neighbours = new HashMap<>();
        Map<String, String[]> ends = new HashMap<>();
        for (Relation relation : network.relations()) {
            String[] pair = ends.computeIfAbsent(relation.from(), id -> new String[2]);
            pair[relation.type() == RelationType.STARTS_AT ? 0 : 1] = relation.to();
        }
        ends.values().forEach(pair -> {
            neighbours
                    .computeIfAbsent(pair[0], id -> new java.util.ArrayList<>())
                    .add(pair[1]);
            neighbours
                    .computeIfAbsent(pair[1], id -> new java.util.ArrayList<>())
                    .add(pair[0]);
        });
        Set<String> reached = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        network.elements(ElementKind.RESERVOIR).map(NetworkElement::id).forEach(queue::add);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (reached.add(node)) {
                queue.addAll(neighbours.getOrDefault(node, List.of()));
            }
        }
        long nodes = network.elements(ElementKind.JUNCTION).count()
                + network.elements(ElementKind.RESERVOIR).count()
                + network.elements(ElementKind.TANK).count();

        assertThat(reached).hasSize((int) nodes);
        // a tree would have one link fewer than nodes; a looped grid has many more
        assertThat(ends.size()).isGreaterThan((int) (nodes * 1.3));
    }

    @Test
    void aNetworkTooSmallToBenchmarkIsRefused() {
        assertThatThrownBy(() -> new GridNetworkGenerator(100, 1)).hasMessageContaining("at least 500");
    }

    private static String text(int junctions, long seed) throws IOException {
        StringWriter out = new StringWriter();
        new GridNetworkGenerator(junctions, seed).write(out);
        return out.toString();
    }
}
