package org.headwater.delivery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A delivery that failed too often and waits for an administrator's replay.
 *
 * @param source the meter or sensor the parked part concerns, when it concerns one
 * @param error the last failure's message
 */
public record ParkedDelivery(
        long id,
        String consumer,
        String key,
        @Nullable String source,
        int attempts,
        String error,
        Instant firstFailedAt,
        Instant lastFailedAt) {}
