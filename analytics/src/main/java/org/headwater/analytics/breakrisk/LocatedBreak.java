package org.headwater.analytics.breakrisk;

import java.util.Objects;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/** A break as read from a file, with its coordinates when the file gave them ({@code x,y,crs}). */
public record LocatedBreak(MainBreak mainBreak, @Nullable Location location) {

    public LocatedBreak {
        Objects.requireNonNull(mainBreak, "mainBreak");
    }
}
