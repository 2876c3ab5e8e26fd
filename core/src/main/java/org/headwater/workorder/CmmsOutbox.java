package org.headwater.workorder;

import java.util.List;
import java.util.Optional;

/**
 * What the outbox still owes the CMMS beyond the order rows themselves: the retry state of queued orders (so a
 * restart keeps each order's attempt count and next attempt instead of sending everything at once), and the edits
 * and cancellations of orders the CMMS may already hold. At most one entry per order and action.
 */
public interface CmmsOutbox {

    /**
     * Stores the entry; over one already stored for the same order and action it is {@link
     * OutboxEntry#overwrittenBy merged} (an update owes both entries' fields). The stored revision rises.
     */
    void put(OutboxEntry entry);

    /**
     * Stores the entry after a failed attempt, only if the stored one still has its revision.
     *
     * @return false when something new was put meanwhile (that entry stays, due as it was put)
     */
    boolean replace(OutboxEntry entry);

    /**
     * Forgets the entry, only if the stored one still has its revision: done, or no longer owed.
     *
     * @return false when something new was put meanwhile (it stays owed)
     */
    boolean remove(OutboxEntry entry);

    /**
     * Forgets each entry whose stored one still has its revision, like {@link #remove} for each (PostgreSQL: one
     * statement).
     *
     * @return how many were forgotten; an entry put anew meanwhile stays owed
     */
    default int removeAll(List<OutboxEntry> entries) {
        int removed = 0;
        for (OutboxEntry entry : entries) {
            if (remove(entry)) {
                removed++;
            }
        }
        return removed;
    }

    Optional<OutboxEntry> find(String orderId, OutboxAction action);

    /** Every entry of this action, earliest next attempt first. */
    List<OutboxEntry> list(OutboxAction action);
}
