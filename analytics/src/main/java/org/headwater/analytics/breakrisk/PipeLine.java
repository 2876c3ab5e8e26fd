package org.headwater.analytics.breakrisk;

import java.util.Objects;
import org.headwater.network.Location;

/** A pipe drawn as the straight line between its two end nodes, for the nearest-pipe join. */
public record PipeLine(String assetId, Location start, Location end) {

    public PipeLine {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.crs().equals(end.crs())) {
            throw new IllegalArgumentException("pipe " + assetId + ": start crs "
                    + start.crs().code() + " differs from end crs " + end.crs().code());
        }
    }
}
