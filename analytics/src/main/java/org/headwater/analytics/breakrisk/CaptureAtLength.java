package org.headwater.analytics.breakrisk;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Share of breaks that fall on the top-ranked segments making up a fraction of network length:
 * what a crew inspecting that much main, in ranked order, would have covered. Segments are taken
 * in order while their cumulative length stays within the budget; breaks on assets outside the
 * ranking are not counted.
 */
public final class CaptureAtLength {

    private CaptureAtLength() {}

    /** The share in [0, 1], or NaN when no break joins a ranked segment. */
    public static double of(RiskRanking ranking, Collection<MainBreak> breaks, double lengthFraction) {
        if (!(lengthFraction > 0 && lengthFraction <= 1)) {
            throw new IllegalArgumentException("lengthFraction must be in (0, 1], was " + lengthFraction);
        }
        Set<String> top = topSegments(ranking.segments(), ranking.totalLengthMetres() * lengthFraction);
        Set<String> ranked = new HashSet<>();
        ranking.segments().forEach(s -> ranked.add(s.assetId()));
        long counted = breaks.stream().filter(b -> ranked.contains(b.assetId())).count();
        long captured = breaks.stream().filter(b -> top.contains(b.assetId())).count();
        return counted == 0 ? Double.NaN : (double) captured / counted;
    }

    private static Set<String> topSegments(List<SegmentRisk> ordered, double budgetMetres) {
        Set<String> top = new HashSet<>();
        double used = 0;
        for (SegmentRisk segment : ordered) {
            used += segment.lengthMetres();
            if (used > budgetMetres) {
                break;
            }
            top.add(segment.assetId());
        }
        return top;
    }
}
