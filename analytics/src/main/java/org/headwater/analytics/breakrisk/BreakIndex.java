package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Breaks looked up by asset id and by street (road) segment, for fast feature counting. */
final class BreakIndex {

    private final Map<String, List<LocalDate>> byAsset = new HashMap<>();
    private final Map<String, List<MainBreak>> byRoadSegment = new HashMap<>();

    BreakIndex(BreakHistory history) {
        for (MainBreak b : history.breaks()) {
            if (!b.assetId().isEmpty()) {
                byAsset.computeIfAbsent(b.assetId(), k -> new ArrayList<>()).add(b.date());
            }
            if (!b.roadSegmentId().isEmpty()) {
                byRoadSegment
                        .computeIfAbsent(b.roadSegmentId(), k -> new ArrayList<>())
                        .add(b);
            }
        }
    }

    /** Dates of breaks recorded on the asset, in date order. */
    List<LocalDate> onAsset(String assetId) {
        return byAsset.getOrDefault(assetId, List.of());
    }

    /** Breaks on the street segment up to {@code reference} that were not on {@code assetId} itself. */
    int onSameStreetExcept(String roadSegmentId, String assetId, LocalDate reference) {
        if (roadSegmentId.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (MainBreak b : byRoadSegment.getOrDefault(roadSegmentId, List.of())) {
            if (!b.date().isAfter(reference) && !b.assetId().equals(assetId)) {
                count++;
            }
        }
        return count;
    }

    /** Breaks on the asset in the year after {@code reference}: the training label. */
    int inYearAfter(String assetId, LocalDate reference) {
        LocalDate end = reference.plusYears(1);
        int count = 0;
        for (LocalDate date : onAsset(assetId)) {
            if (date.isAfter(reference) && !date.isAfter(end)) {
                count++;
            }
        }
        return count;
    }
}
