package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;

/**
 * The demo's pressure-sensor file (data/demo-sensors) is the project's own placement on L-Town, and
 * this rule reproduces it: the reservoirs and the tank count as measured; each next sensor goes to
 * the junction farthest, along the pipes, from every source and sensor placed so far (ties: the
 * smaller id). A mismatch writes the rule's file to target/ for review.
 */
class PressureSensorPlacementTest {

    private static final Path FILE = Path.of("..", "data", "demo-sensors", "l-town-pressure-sensors.csv");
    private static final int SENSORS = 33;

    @Test
    void theShippedPlacementIsTheFarthestPointRuleOnLTown() throws Exception {
        List<String> expected = new ArrayList<>();
        expected.add("node_id,distance_m");
        place(lTown(), SENSORS)
                .forEach(p -> expected.add(String.format(Locale.ROOT, "%s,%.0f", p.node(), p.distanceM())));

        List<String> shipped = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        if (!shipped.equals(expected)) {
            Path written = Path.of("target", FILE.getFileName().toString());
            Files.write(written, expected, StandardCharsets.UTF_8);
            assertThat(shipped)
                    .as("the rule's placement is in " + written.toAbsolutePath())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theDemoReadsThirtyThreeDistinctJunctionsFromIt() throws Exception {
        Network ltown = lTown();
        List<String> nodes = DemoUtility.loadPressureSensorNodes();

        assertThat(nodes).hasSize(SENSORS).doesNotHaveDuplicates();
        assertThat(nodes)
                .allSatisfy(node -> assertThat(ltown.element(node))
                        .map(NetworkElement::kind)
                        .contains(ElementKind.JUNCTION));
    }

    record Placed(String node, double distanceM) {}

    /** Farthest-point placement on the pipe graph, pipe lengths as distances (pumps and valves 0 m). */
    static List<Placed> place(Network network, int count) {
        Map<String, List<Map.Entry<String, Double>>> next = new HashMap<>();
        network.elements().stream()
                .filter(e ->
                        e.kind() == ElementKind.PIPE || e.kind() == ElementKind.PUMP || e.kind() == ElementKind.VALVE)
                .forEach(link -> {
                    String a =
                            network.targets(link.id(), RelationType.STARTS_AT).getFirst();
                    String b = network.targets(link.id(), RelationType.ENDS_AT).getFirst();
                    double length = link.kind() == ElementKind.PIPE
                            ? link.number(Attr.LENGTH_M).orElse(0.0)
                            : 0.0;
                    next.computeIfAbsent(a, n -> new ArrayList<>()).add(Map.entry(b, length));
                    next.computeIfAbsent(b, n -> new ArrayList<>()).add(Map.entry(a, length));
                });
        Map<String, Double> distance = new HashMap<>();
        network.elements(ElementKind.JUNCTION).forEach(j -> distance.put(j.id(), Double.POSITIVE_INFINITY));
        network.elements().stream()
                .filter(e -> e.kind() == ElementKind.RESERVOIR || e.kind() == ElementKind.TANK)
                .forEach(source -> shorten(distance, next, source.id()));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String farthest = network.elements(ElementKind.JUNCTION)
                    .map(NetworkElement::id)
                    .max(Comparator.comparingDouble((String id) -> distance.get(id))
                            .thenComparing(Comparator.<String>reverseOrder()))
                    .orElseThrow();
            placed.add(new Placed(farthest, distance.get(farthest)));
            shorten(distance, next, farthest);
        }
        return placed;
    }

    /** Lowers each node's distance to the measured set by its distance from {@code from} (Dijkstra). */
    private static void shorten(
            Map<String, Double> distance, Map<String, List<Map.Entry<String, Double>>> next, String from) {
        Map<String, Double> reached = new HashMap<>();
        PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        queue.add(Map.entry(from, 0.0));
        reached.put(from, 0.0);
        while (!queue.isEmpty()) {
            Map.Entry<String, Double> at = queue.poll();
            if (at.getValue() > reached.get(at.getKey())) {
                continue;
            }
            for (Map.Entry<String, Double> edge : next.getOrDefault(at.getKey(), List.of())) {
                double d = at.getValue() + edge.getValue();
                if (d < reached.getOrDefault(edge.getKey(), Double.POSITIVE_INFINITY)) {
                    reached.put(edge.getKey(), d);
                    queue.add(Map.entry(edge.getKey(), d));
                }
            }
        }
        reached.forEach((node, d) -> distance.computeIfPresent(node, (n, old) -> Math.min(old, d)));
    }

    private static Network lTown() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of("..", "data", "epanet-networks", "L-Town.inp.gz"))),
                StandardCharsets.UTF_8))) {
            return new EpanetInpReader().read(in, "L-Town").network();
        }
    }
}
