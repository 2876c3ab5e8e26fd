package org.headwater.workorder;

import java.time.Instant;

/**
 * How far each order's overdue approval has been escalated, kept outside the server's memory so that a restart
 * pages no level twice. A stay in the approval queue is named by the order and the moment it entered the queue.
 */
public interface EscalationLevels {

    /** The last level paged for the order's stay in the queue that began at {@code queuedAt}; 0 when none. */
    int reached(String orderId, Instant queuedAt);

    /** Records that {@code level} was paged; a lower level than the one held changes nothing. */
    void save(String orderId, Instant queuedAt, int level);

    /** Forgets every stay of the order (it left the queue). */
    void forget(String orderId);
}
