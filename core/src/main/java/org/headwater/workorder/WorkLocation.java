package org.headwater.workorder;

import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/**
 * Where the crew goes.
 *
 * @param address street address, when the premise or asset register has one
 * @param point coordinates, when known
 * @param zoneId the pressure zone or DMA, when known
 */
public record WorkLocation(
        @Nullable String address,
        @Nullable Location point,
        @Nullable String zoneId) {

    public static final WorkLocation UNKNOWN = new WorkLocation(null, null, null);

    public WorkLocation {
        if (address != null && address.isBlank()) {
            address = null;
        }
    }

    public static WorkLocation of(@Nullable Location point, @Nullable String zoneId) {
        return new WorkLocation(null, point, zoneId);
    }
}
