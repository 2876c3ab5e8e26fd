package org.headwater.analytics.breakrisk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/**
 * Joins a break known only by its coordinates to the nearest pipe within a distance. Pipes are put
 * in a uniform grid whose cell is the join distance, so a query reads the 3 x 3 cells around the
 * point. WGS84 coordinates are projected to metres around the pipes' mean latitude (an
 * equirectangular projection: well under a metre off at a 25 m join distance); any other system is
 * taken to be in metres.
 */
public final class NearestPipeJoin {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    // two pipes closer than this to the point than each other are a tie
    private static final double TIE_METRES = 1e-6;

    /**
     * The pipe a break was joined to.
     *
     * @param assetId the pipe's asset id
     * @param distanceMetres distance from the break to the pipe's line
     * @param tiedWith how many other pipes lie at the same distance (the lowest asset id wins)
     */
    public record Match(String assetId, double distanceMetres, int tiedWith) {}

    private final double maxDistanceMetres;
    private final @Nullable CoordinateSystem crs;
    private final double metresPerUnitX;
    private final double metresPerUnitY;
    private final List<PipeLine> lines;
    private final double[] coordinates; // x1, y1, x2, y2 in metres per line
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final int[] seenAt;
    private int query;

    public NearestPipeJoin(List<PipeLine> lines, double maxDistanceMetres) {
        if (!(maxDistanceMetres > 0) || Double.isInfinite(maxDistanceMetres)) {
            throw new IllegalArgumentException("maxDistanceMetres must be a positive number, was " + maxDistanceMetres);
        }
        this.maxDistanceMetres = maxDistanceMetres;
        this.lines = List.copyOf(lines);
        this.crs = lines.isEmpty() ? null : lines.getFirst().start().crs();
        for (PipeLine line : lines) {
            if (!line.start().crs().equals(crs)) {
                throw new IllegalArgumentException("pipe " + line.assetId() + " is in "
                        + line.start().crs().code() + ", the other pipes in " + crs.code()
                        + ": one coordinate system per network");
            }
        }
        double meanLatitude =
                lines.stream().mapToDouble(l -> l.start().y()).average().orElse(0);
        boolean wgs84 = crs != null && crs.isWgs84();
        this.metresPerUnitY = wgs84 ? Math.toRadians(1) * EARTH_RADIUS_METRES : 1;
        this.metresPerUnitX = wgs84 ? metresPerUnitY * Math.cos(Math.toRadians(meanLatitude)) : 1;
        this.coordinates = new double[lines.size() * 4];
        this.seenAt = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PipeLine line = lines.get(i);
            coordinates[4 * i] = line.start().x() * metresPerUnitX;
            coordinates[4 * i + 1] = line.start().y() * metresPerUnitY;
            coordinates[4 * i + 2] = line.end().x() * metresPerUnitX;
            coordinates[4 * i + 3] = line.end().y() * metresPerUnitY;
            index(i);
        }
    }

    public double maxDistanceMetres() {
        return maxDistanceMetres;
    }

    /** The pipes' coordinate system; empty when there are no pipes with geometry. */
    public Optional<CoordinateSystem> crs() {
        return Optional.ofNullable(crs);
    }

    /**
     * The nearest pipe within the distance; empty when none is that close.
     *
     * @throws IllegalArgumentException when {@code point} is in another coordinate system than the pipes
     */
    public synchronized Optional<Match> nearest(Location point) {
        if (crs == null) {
            return Optional.empty();
        }
        if (!point.crs().equals(crs)) {
            throw new IllegalArgumentException(
                    "break location crs " + point.crs().code() + " differs from the pipes' " + crs.code()
                            + ": reproject the break file first");
        }
        double x = point.x() * metresPerUnitX;
        double y = point.y() * metresPerUnitY;
        long cx = cell(x);
        long cy = cell(y);
        query++;
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        int ties = 0;
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                for (int line : cells.getOrDefault(key(i, j), List.of())) {
                    if (seenAt[line] == query) {
                        continue;
                    }
                    seenAt[line] = query;
                    double d = distance(line, x, y);
                    if (d > maxDistanceMetres) {
                        continue;
                    }
                    if (best < 0 || d < bestDistance - TIE_METRES) {
                        best = line;
                        bestDistance = d;
                        ties = 0;
                    } else if (d <= bestDistance + TIE_METRES) {
                        ties++;
                        if (lines.get(line).assetId().compareTo(lines.get(best).assetId()) < 0) {
                            best = line;
                        }
                    }
                }
            }
        }
        return best < 0
                ? Optional.empty()
                : Optional.of(new Match(lines.get(best).assetId(), bestDistance, ties));
    }

    private void index(int line) {
        double[] c = coordinates;
        long x0 = cell(Math.min(c[4 * line], c[4 * line + 2]));
        long x1 = cell(Math.max(c[4 * line], c[4 * line + 2]));
        long y0 = cell(Math.min(c[4 * line + 1], c[4 * line + 3]));
        long y1 = cell(Math.max(c[4 * line + 1], c[4 * line + 3]));
        for (long i = x0; i <= x1; i++) {
            for (long j = y0; j <= y1; j++) {
                cells.computeIfAbsent(key(i, j), k -> new ArrayList<>(2)).add(line);
            }
        }
    }

    private long cell(double metres) {
        return (long) Math.floor(metres / maxDistanceMetres);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }

    private double distance(int line, double x, double y) {
        double ax = coordinates[4 * line];
        double ay = coordinates[4 * line + 1];
        double dx = coordinates[4 * line + 2] - ax;
        double dy = coordinates[4 * line + 3] - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }
}
