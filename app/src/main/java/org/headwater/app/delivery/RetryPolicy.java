package org.headwater.app.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Exponential backoff up to a ceiling, then parking after a bounded number of failures. */
record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {

    static RetryPolicy of(DeliveryProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.firstRetry(), properties.maxRetry());
    }

    /** When to try again after the {@code failures}-th failure; empty means park it. */
    Optional<Instant> retryAt(int failures, Instant now) {
        if (failures >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 30));
        return Optional.of(now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait));
    }
}
