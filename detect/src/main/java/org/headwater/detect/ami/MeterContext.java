package org.headwater.detect.ami;

import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a detector sees of its meter while it handles one input: the meter, its thresholds, which
 * conditions are open, and where raised and cleared conditions go. Times are event time in epoch
 * milliseconds so the hot path allocates nothing.
 */
public interface MeterContext {

    SourceProfile profile();

    ResolvedThresholds thresholds();

    boolean isOpen(AlertType type);

    /**
     * Raises an alert for the condition unless one is already open (one open alert per condition per
     * meter); callers check {@link #isOpen} first to avoid building evidence for nothing.
     */
    void raise(
            AlertType type,
            Severity severity,
            long timeMillis,
            Evidence evidence,
            @Nullable CauseHint causeHint,
            String detector);

    /** Clears the open alert of {@code type} if {@code detector} raised it; a condition raised by another rule stays open. */
    void clear(AlertType type, long timeMillis, String detector, String reason);

    /** Whether a meter replacement was recorded within the replacement grace before {@code timeMillis}. */
    boolean withinReplacementGrace(long timeMillis);
}
