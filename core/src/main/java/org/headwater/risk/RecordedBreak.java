package org.headwater.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One main break from a utility's break or work-order history.
 *
 * @param incidentId the source's incident id; blank when the source has none
 * @param date the day of the break, as the source wrote it
 * @param assetId the asset-register id of the broken main; blank when the record names none
 * @param streetSegment an id shared by the mains of one street section; blank when unknown
 */
public record RecordedBreak(String incidentId, LocalDate date, String assetId, String streetSegment) {

    /** Incident ids of breaks that did not happen but were simulated (the demo's history) start with this. */
    public static final String SIMULATED_PREFIX = "SIMULATED-";

    public RecordedBreak {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(streetSegment, "streetSegment");
    }

    /** Whether this break was simulated rather than recorded by a utility. */
    public boolean simulated() {
        return incidentId.startsWith(SIMULATED_PREFIX);
    }
}
