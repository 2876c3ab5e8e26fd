package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.List;

/** Small builders for hand-made registers, rankings and breaks. */
final class Pipes {

    private Pipes() {}

    static PipeSegment aPipe(String id, double lengthMetres, int installedYear) {
        return new PipeSegment(
                id,
                "CI",
                150,
                lengthMetres,
                LocalDate.of(installedYear, 1, 1),
                "KIT 4",
                "road-" + id,
                false,
                null,
                false);
    }

    static MainBreak aBreak(String assetId, String date) {
        return new MainBreak("b-" + assetId + "-" + date, LocalDate.parse(date), assetId, "road-" + assetId);
    }

    static SegmentRisk aRisk(String id, double lengthMetres, double priority) {
        return new SegmentRisk(id, lengthMetres, priority, priority, List.of());
    }
}
