package org.headwater.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of thresholds: who changed which scope when, from what to what, and the
 * version it produced (alerts name the version that raised them).
 */
public record ThresholdChange(
        long version,
        ThresholdScope scope,
        String changedBy,
        Instant changedAt,
        ThresholdValues before,
        ThresholdValues after) {

    public ThresholdChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (changedBy.isBlank()) {
            throw new IllegalArgumentException("changedBy must name who made the change");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
    }
}
