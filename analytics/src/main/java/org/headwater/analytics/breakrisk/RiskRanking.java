package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every segment in service at {@code asOf}, highest priority first (ties by asset id, so runs repeat). */
public record RiskRanking(String method, LocalDate asOf, List<SegmentRisk> segments) {

    public RiskRanking {
        segments = segments.stream()
                .sorted(Comparator.comparingDouble(SegmentRisk::priority)
                        .reversed()
                        .thenComparing(SegmentRisk::assetId))
                .toList();
    }

    public double totalLengthMetres() {
        return segments.stream().mapToDouble(SegmentRisk::lengthMetres).sum();
    }
}
