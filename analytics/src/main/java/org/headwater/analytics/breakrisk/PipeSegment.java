package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One water main segment of the asset register, with the attributes the risk model may use.
 * {@code installed} is null when the register lacks it; {@code linedOn} is null for unlined pipes
 * or an unknown lining date.
 */
public record PipeSegment(
        String assetId,
        String material,
        double diameterMm,
        double lengthMetres,
        @Nullable LocalDate installed,
        String pressureZone,
        String roadSegmentId,
        boolean lined,
        @Nullable LocalDate linedOn,
        boolean shallow) {

    public PipeSegment {
        if (assetId.isBlank()) {
            throw new IllegalArgumentException("assetId must not be blank");
        }
        if (!(lengthMetres >= 0)) { // also refuses NaN
            throw new IllegalArgumentException("lengthMetres must be >= 0, was " + lengthMetres + " for " + assetId);
        }
    }

    /** In service at the end of {@code date}: installed on or before it (unknown install dates count as in service). */
    public boolean inServiceOn(LocalDate date) {
        return installed == null || !installed.isAfter(date);
    }

    /** Lined on or before {@code date}; a lining with no date counts only if the pipe is lined at all. */
    public boolean linedBy(LocalDate date) {
        return lined && (linedOn == null || !linedOn.isAfter(date));
    }
}
