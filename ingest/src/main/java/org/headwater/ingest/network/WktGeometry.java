package org.headwater.ingest.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;

/** The WKT geometries asset registers export: POINT, LINESTRING and MULTILINESTRING (parts joined). */
final class WktGeometry {

    private WktGeometry() {}

    /** The geometry's vertices in order; one for a point. */
    static List<Location> vertices(String wkt, CoordinateSystem crs) {
        String text = wkt.strip();
        String type = text.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        if (!List.of("POINT", "LINESTRING", "MULTILINESTRING").contains(type)) {
            throw new IllegalArgumentException("unsupported WKT geometry '" + type + "'");
        }
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("malformed WKT '" + wkt + "'");
        }
        List<Location> vertices = new ArrayList<>();
        for (String pair : text.substring(open + 1, close)
                .replace("(", "")
                .replace(")", "")
                .split(",")) {
            String[] xy = pair.strip().split("\\s+");
            if (xy.length < 2) {
                throw new IllegalArgumentException("malformed WKT coordinate '" + pair.strip() + "'");
            }
            vertices.add(new Location(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]), crs));
        }
        return vertices;
    }
}
