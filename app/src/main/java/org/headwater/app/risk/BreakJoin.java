package org.headwater.app.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How one break with coordinates was joined to a pipe, for the import report.
 *
 * @param incidentId the break's incident id
 * @param date the break's date
 * @param joinedBy how: {@link JoinedBy#NEAREST_PIPE}, or null when no pipe was within the distance
 * @param pipeAssetId the pipe it was joined to; null when none was close enough
 * @param distanceMetres distance to that pipe; NaN when none was close enough
 * @param tiedWith other pipes at the same distance (the lowest asset id was chosen)
 */
public record BreakJoin(
        String incidentId,
        LocalDate date,
        @Nullable JoinedBy joinedBy,
        @Nullable String pipeAssetId,
        double distanceMetres,
        int tiedWith) {

    /** How a break found its pipe. */
    public enum JoinedBy {
        ASSET_ID,
        NEAREST_PIPE
    }
}
