package org.headwater.delivery;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event (or one source's part of it) due to one consumer.
 *
 * @param id the delivery's id, stable across retries
 * @param consumer the consumer's name
 * @param key the event's idempotency key
 * @param source the source this delivery is restricted to, or null for the whole event
 * @param attempts failed attempts so far
 * @param event what to deliver (already restricted to {@code source})
 */
public record Delivery(
        long id, String consumer, String key, @Nullable String source, int attempts, DeliveredEvent event) {

    public Delivery {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(event, "event");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
    }
}
