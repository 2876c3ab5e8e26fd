package org.headwater.ingest.network;

import java.util.List;
import org.headwater.network.Location;

/**
 * A line through points of one coordinate system: its length in metres (great-circle for WGS84,
 * planar otherwise, assuming a projected system in metres) and the point halfway along it.
 */
record Polyline(List<Location> points) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    Polyline {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two points, got " + points.size());
        }
    }

    double lengthMetres() {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        return total;
    }

    Location midpoint() {
        double half = lengthMetres() / 2;
        for (int i = 1; i < points.size(); i++) {
            Location a = points.get(i - 1);
            Location b = points.get(i);
            double step = distance(a, b);
            if (step >= half && step > 0) {
                double f = half / step;
                return new Location(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()), a.crs());
            }
            half -= step;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(Location a, Location b) {
        if (!a.crs().isWgs84()) {
            return Math.hypot(b.x() - a.x(), b.y() - a.y());
        }
        double lat1 = Math.toRadians(a.y());
        double lat2 = Math.toRadians(b.y());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x() - a.x());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
