package org.headwater.workorder;

import java.time.Instant;
import java.util.Objects;

/** The readings of one meter or sensor between two event times that the crew should see (as a chart). */
public record ReadingWindow(String sourceId, Instant from, Instant to) {

    public ReadingWindow {
        Objects.requireNonNull(sourceId, "sourceId");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "reading window of " + sourceId + " must start before it ends: " + from + " .. " + to);
        }
    }
}
