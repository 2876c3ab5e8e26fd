package org.headwater.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures per key (an account or a client address) within a sliding window. Only the newest {@code limit}
 * failures of a key are kept, and keys whose failures have all expired are swept out, so an attacker trying
 * endless names cannot grow it without bound for longer than one window.
 */
final class FailureWindow {

    private static final int SWEEP_ABOVE_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailureWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long {@code key} must wait before its next attempt, or empty when it may try now. */
    Optional<Duration> waitFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void failed(String key, Instant now) {
        if (failures.size() > SWEEP_ABOVE_KEYS) {
            sweep(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    void clear(String key) {
        failures.remove(key);
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        failures.values().removeIf(times -> {
            synchronized (times) {
                dropExpired(times, now);
                return times.isEmpty();
            }
        });
    }
}
