package org.headwater.app.twin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the live twin found when its residual rule raised a leak or burst alert: since when the drop lasted, how
 * large it was at each sensor and the pipes that would best explain it, best first.
 *
 * @param alertId the LEAK_BURST alert it raised
 * @param since first step over the drop
 * @param raisedAt step the alert was raised at (after the persistence steps)
 * @param dropKpa the drop that enough sensors agreed on at {@code raisedAt}
 * @param changeKpa each sensor's residual minus its recent median at {@code raisedAt}
 * @param candidates candidate pipes, best first
 */
record LeakFinding(
        String alertId,
        Instant since,
        Instant raisedAt,
        double dropKpa,
        Map<String, Double> changeKpa,
        List<Candidate> candidates) {

    LeakFinding {
        changeKpa = Map.copyOf(changeKpa);
        candidates = List.copyOf(candidates);
    }

    /**
     * @param rank 1 for the best
     * @param pipe the pipe's element id
     * @param junction the junction whose trial leak put it in the list
     * @param score cosine similarity between that trial leak's pressure drops at the sensors and the residuals
     */
    record Candidate(int rank, String pipe, String junction, double score) {}
}
