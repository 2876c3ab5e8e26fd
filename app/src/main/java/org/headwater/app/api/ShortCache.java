package org.headwater.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps each answer for a few seconds of the injected clock, so many clients polling the same figure
 * cost one query per period; an answer is at most {@code ttl} old. One caller computes a missing
 * answer while the others of the same key wait for it.
 */
final class ShortCache<K, V> {

    private record Entry<V>(V value, Instant at) {}

    // Keys carry the day they answer for, so old ones are dropped once they pile up.
    private static final int MAX_KEPT = 64;

    private final Clock clock;
    private final Duration ttl;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ShortCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    V get(K key, Supplier<V> compute) {
        V value = entries.compute(key, (k, held) -> fresh(held) ? held : new Entry<>(compute.get(), clock.instant()))
                .value();
        if (entries.size() > MAX_KEPT) {
            entries.values().removeIf(held -> !fresh(held));
        }
        return value;
    }

    private boolean fresh(Entry<V> held) {
        if (held == null) {
            return false;
        }
        Instant now = clock.instant();
        // A clock set back (the demo's replay restarting) makes an entry from its future stale too.
        return !now.isBefore(held.at()) && now.isBefore(held.at().plus(ttl));
    }
}
