package org.headwater.network;

import java.util.Objects;

/**
 * The coordinate reference a location is expressed in: {@code EPSG:4326} (WGS84 longitude/latitude)
 * when known, otherwise the source's own declared system kept verbatim (e.g. an EPANET model's
 * local x/y, or {@code EPSG:26917} for a UTM register).
 */
public record CoordinateSystem(String code) {

    public static final CoordinateSystem WGS84 = new CoordinateSystem("EPSG:4326");

    public CoordinateSystem {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("coordinate system code must not be blank");
        }
    }

    /** A local, unreferenced plane (such as an EPANET model's drawing coordinates) named after its source. */
    public static CoordinateSystem local(String sourceName) {
        return new CoordinateSystem("LOCAL:" + sourceName);
    }

    public boolean isWgs84() {
        return equals(WGS84);
    }
}
