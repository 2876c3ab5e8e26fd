package org.headwater.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.workorder.EscalationLevels;

/** {@link EscalationLevels} held in memory. */
public final class InMemoryEscalationLevels implements EscalationLevels {

    private final Map<Stay, Integer> levels = new ConcurrentHashMap<>();

    @Override
    public int reached(String orderId, Instant queuedAt) {
        return levels.getOrDefault(new Stay(orderId, queuedAt), 0);
    }

    @Override
    public void save(String orderId, Instant queuedAt, int level) {
        if (level < 1) {
            throw new IllegalArgumentException("level: escalation levels start at 1, got " + level);
        }
        levels.merge(new Stay(orderId, queuedAt), level, Math::max);
    }

    @Override
    public void forget(String orderId) {
        levels.keySet().removeIf(stay -> stay.orderId().equals(orderId));
    }

    private record Stay(String orderId, Instant queuedAt) {}
}
