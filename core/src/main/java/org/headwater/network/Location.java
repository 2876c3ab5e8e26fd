package org.headwater.network;

import java.util.Objects;

/** A point: x/y in its coordinate system (longitude/latitude for WGS84). */
public record Location(double x, double y, CoordinateSystem crs) {

    public Location {
        Objects.requireNonNull(crs, "crs");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite: " + x + ", " + y);
        }
        if (crs.isWgs84() && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
            throw new IllegalArgumentException("WGS84 longitude/latitude out of range: " + x + ", " + y);
        }
    }

    public static Location wgs84(double longitude, double latitude) {
        return new Location(longitude, latitude, CoordinateSystem.WGS84);
    }
}
