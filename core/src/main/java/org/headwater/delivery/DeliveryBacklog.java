package org.headwater.delivery;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one consumer has not taken yet: a backlog that grows, or whose oldest event gets older, says
 * the consumer cannot keep up (its alerts come later and later) even though nothing is lost.
 *
 * @param waiting deliveries not taken and not parked
 * @param parked deliveries given up on, waiting for an administrator
 * @param oldestWaitingRecordedAt when the oldest waiting event was recorded, or null when none waits
 */
public record DeliveryBacklog(
        String consumer,
        long waiting,
        long parked,
        @Nullable Instant oldestWaitingRecordedAt) {

    public DeliveryBacklog {
        Objects.requireNonNull(consumer, "consumer");
    }
}
