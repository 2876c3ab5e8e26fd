package org.headwater.notify;

import java.time.Duration;
import java.util.Objects;

/** How often and how far apart a failed delivery is tried again: the wait doubles after each failure. */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    public RetryPolicy {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry maxAttempts must be at least 1: " + maxAttempts);
        }
        if (!firstBackoff.isPositive()) {
            throw new IllegalArgumentException("retry firstBackoff must be positive: " + firstBackoff);
        }
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException(
                    "retry maxBackoff " + maxBackoff + " must not be below firstBackoff " + firstBackoff);
        }
    }

    /** The wait before attempt {@code attemptsMade + 1}. */
    public Duration backoffAfter(int attemptsMade) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 30));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
