package org.headwater.investigate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.headwater.alert.AlertType;
import org.headwater.network.Location;

/**
 * Where investigated alerts bunch together (EPA section 6.2 lists "spatial clusters" among what the record
 * shows): investigations whose alert locations are chained within {@code distance} of each other form a
 * group, and groups of at least {@code minimum} are reported (DBSCAN's density rule with every point a core
 * point, i.e. single linkage). Distances are metres on the ground for WGS84 (haversine) and plane units
 * otherwise; locations in different coordinate systems never join. Investigations without a location are
 * left out.
 */
public final class SpatialClusters {

    /**
     * One cluster.
     *
     * @param x mean x (longitude for WGS84)
     * @param y mean y (latitude for WGS84)
     * @param crs the coordinate system of its members
     * @param count investigations in it
     * @param byType how many of each alert type
     * @param investigationIds its members, oldest alert first
     */
    public record Cluster(
            double x, double y, String crs, int count, Map<AlertType, Long> byType, List<String> investigationIds) {}

    private SpatialClusters() {}

    public static List<Cluster> of(List<Investigation> investigations, double distance, int minimum) {
        if (!(distance > 0) || minimum < 2) {
            throw new IllegalArgumentException(
                    "cluster distance must be positive and minimum at least 2: " + distance + ", " + minimum);
        }
        List<Investigation> located = investigations.stream()
                .filter(i -> i.subject().location() != null)
                .sorted(Comparator.comparing((Investigation i) -> i.subject().alertTime())
                        .thenComparing(Investigation::id))
                .toList();
        boolean[] assigned = new boolean[located.size()];
        List<Cluster> clusters = new ArrayList<>();
        for (int seed = 0; seed < located.size(); seed++) {
            if (assigned[seed]) {
                continue;
            }
            List<Integer> members = grow(located, assigned, seed, distance);
            if (members.size() >= minimum) {
                clusters.add(cluster(located, members));
            }
        }
        clusters.sort(Comparator.comparingInt(Cluster::count).reversed());
        return clusters;
    }

    private static List<Integer> grow(List<Investigation> located, boolean[] assigned, int seed, double distance) {
        List<Integer> members = new ArrayList<>();
        Deque<Integer> frontier = new ArrayDeque<>(List.of(seed));
        assigned[seed] = true;
        while (!frontier.isEmpty()) {
            int current = frontier.pop();
            members.add(current);
            Location here = located.get(current).subject().location();
            for (int other = 0; other < located.size(); other++) {
                if (!assigned[other]
                        && within(here, located.get(other).subject().location(), distance)) {
                    assigned[other] = true;
                    frontier.push(other);
                }
            }
        }
        members.sort(Integer::compare);
        return members;
    }

    private static Cluster cluster(List<Investigation> located, List<Integer> members) {
        double x = 0;
        double y = 0;
        Map<AlertType, Long> byType = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int index : members) {
            Investigation investigation = located.get(index);
            x += investigation.subject().location().x();
            y += investigation.subject().location().y();
            byType.merge(investigation.subject().type(), 1L, Long::sum);
            ids.add(investigation.id());
        }
        String crs = located.get(members.getFirst()).subject().location().crs().code();
        return new Cluster(x / members.size(), y / members.size(), crs, members.size(), byType, ids);
    }

    static boolean within(Location a, Location b, double distance) {
        if (!a.crs().equals(b.crs())) {
            return false;
        }
        if (!a.crs().isWgs84()) {
            return Math.hypot(a.x() - b.x(), a.y() - b.y()) <= distance;
        }
        double lat1 = Math.toRadians(a.y());
        double lat2 = Math.toRadians(b.y());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x() - a.x());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h))) <= distance;
    }
}
