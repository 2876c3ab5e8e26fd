package org.headwater.detect.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;

/**
 * Alerts are related when they share a pressure zone or DMA or premise, lie within
 * {@link GroupingRules#distanceMetres()} of each other, or are attached to the network within
 * {@link GroupingRules#pipeHops()} links (pipes, valves, pumps, service connections) of each other.
 * A source's attachment nodes are the ends of the links that touch it or the premise it serves, and
 * what it MEASURES.
 */
public final class NetworkProximity implements Proximity {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final Network network;
    private final GroupingRules rules;
    private final Map<String, Set<String>> adjacency = new HashMap<>();
    private final Map<String, Set<String>> reachCache = new HashMap<>();

    public NetworkProximity(Network network, GroupingRules rules) {
        this.network = Objects.requireNonNull(network, "network");
        this.rules = Objects.requireNonNull(rules, "rules");
        for (NetworkElement link : network.elements()) {
            if (link.kind().shape() != ElementKind.Shape.LINK) {
                continue;
            }
            List<String> start = network.targets(link.id(), RelationType.STARTS_AT);
            List<String> end = network.targets(link.id(), RelationType.ENDS_AT);
            for (String a : start) {
                for (String b : end) {
                    adjacency.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    adjacency.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        }
    }

    @Override
    public boolean related(Alert a, Alert b) {
        return relation(a, b).isPresent();
    }

    @Override
    public Optional<String> relation(Alert a, Alert b) {
        return Proximity.samePlace(a, b)
                .or(() -> Proximity.sameZone(a, b))
                .or(() -> near(a, b))
                .or(() -> pipesBetween(a, b));
    }

    @Override
    public Optional<String> hydraulicRelation(Alert a, Alert b) {
        return Proximity.samePlace(a, b).or(() -> pipesBetween(a, b));
    }

    private Optional<String> near(Alert a, Alert b) {
        Location x = a.location();
        Location y = b.location();
        if (x == null || y == null || !x.crs().equals(y.crs())) {
            return Optional.empty();
        }
        double metres = metres(x, y);
        return metres <= rules.distanceMetres()
                ? Optional.of(Math.round(metres) + " m apart (at most " + Math.round(rules.distanceMetres()) + " m)")
                : Optional.empty();
    }

    private Optional<String> pipesBetween(Alert a, Alert b) {
        return connected(a.sourceId(), b.sourceId())
                ? Optional.of("connected through at most " + rules.pipeHops() + " pipes")
                : Optional.empty();
    }

    /** Great-circle distance for WGS84; a projected system is taken to be in metres. */
    static double metres(Location x, Location y) {
        if (!x.crs().isWgs84()) {
            return Math.hypot(x.x() - y.x(), x.y() - y.y());
        }
        double lat1 = Math.toRadians(x.y());
        double lat2 = Math.toRadians(y.y());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(y.x() - x.x());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private boolean connected(String a, String b) {
        Set<String> reachA = reach(a);
        if (reachA.isEmpty()) {
            return false;
        }
        for (String node : attachments(b)) {
            if (reachA.contains(node)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> reach(String sourceId) {
        return reachCache.computeIfAbsent(sourceId, id -> {
            Set<String> seen = new HashSet<>(attachments(id));
            ArrayDeque<String> frontier = new ArrayDeque<>(seen);
            for (int hop = 0; hop < rules.pipeHops() && !frontier.isEmpty(); hop++) {
                ArrayDeque<String> next = new ArrayDeque<>();
                for (String node : frontier) {
                    for (String neighbour : adjacency.getOrDefault(node, Set.of())) {
                        if (seen.add(neighbour)) {
                            next.add(neighbour);
                        }
                    }
                }
                frontier = next;
            }
            return seen;
        });
    }

    private List<String> attachments(String sourceId) {
        List<String> around = new ArrayList<>();
        around.add(sourceId);
        around.addAll(network.targets(sourceId, RelationType.SERVES));
        around.addAll(network.targets(sourceId, RelationType.MEASURES));
        List<String> nodes = new ArrayList<>(around);
        for (String element : around) {
            for (Relation r : network.to(element)) {
                if (r.type() == RelationType.STARTS_AT || r.type() == RelationType.ENDS_AT) {
                    nodes.addAll(network.targets(r.from(), RelationType.STARTS_AT));
                    nodes.addAll(network.targets(r.from(), RelationType.ENDS_AT));
                }
            }
        }
        return nodes;
    }
}
