package org.headwater.workorder;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the outbox retries an order the CMMS could not take: exponential backoff with jitter, up to a bounded number
 * of attempts, after which the order is marked failed to send (visible, retryable by a person).
 *
 * @param firstDelay the wait after the first failed attempt
 * @param maxDelay the longest wait between two attempts
 * @param maxAttempts attempts before giving up (at least 1)
 * @param jitter the share of each wait drawn at random, 0 (none) to 1 (full jitter), so orders that failed together
 *     do not all retry in the same instant
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts, double jitter) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay: must be positive, got " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay: must be at least firstDelay " + firstDelay + ", got " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: must be at least 1, got " + maxAttempts);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter: must be 0..1, got " + jitter);
        }
    }

    /** 5 s doubling to 10 min, half of each wait random, giving up after 12 attempts (about an hour). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 12, 0.5);
    }

    /**
     * The wait after failed attempt number {@code attempt} (1 for the first): {@code firstDelay * 2^(attempt-1)},
     * capped at {@code maxDelay}, less a random share of up to {@code jitter} of it.
     */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, got " + attempt);
        }
        long first = firstDelay.toMillis();
        long cap = maxDelay.toMillis();
        // 2^30 already overflows any sane cap; stop doubling before the long does
        long exponential = attempt > 30 ? cap : Math.min(cap, first << (attempt - 1));
        if (exponential < 0) {
            exponential = cap;
        }
        long jittered = Math.round(exponential * (1 - jitter * random.nextDouble()));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
