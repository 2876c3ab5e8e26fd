package org.headwater.workorder;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The stored work orders and their history. */
public interface WorkOrders {

    /** A new, never used id such as {@code WO-000042}. */
    String nextId();

    /**
     * Stores a new order with its first history entry.
     *
     * @throws OpenOrderExists when an open order of the same type about the same problem is already stored
     */
    void create(WorkOrder order, WorkOrderEvent drafted);

    /**
     * Replaces the stored order with {@code next} if the stored one is still at {@code next.version() - 1}, and
     * appends the history entry in the same step.
     *
     * @throws StaleWorkOrder when someone else changed it first
     */
    void update(WorkOrder next, WorkOrderEvent event);

    /**
     * Stores several orders' changes together (in PostgreSQL one transaction, so a pass of the outbox commits once,
     * not once per order). Each order's changes apply only if the stored order is still at {@link
     * WorkOrderMoves#expectedVersion()}, with their history entries; an order someone else changed meanwhile is left
     * as they made it and does not stop the others. This default stores them one order at a time; the PostgreSQL
     * store writes all or, when storing fails, none.
     *
     * @return the ids of the orders whose changes were refused as stale
     */
    default Set<String> updateAll(List<WorkOrderMoves> moves) {
        Set<String> stale = new HashSet<>();
        for (WorkOrderMoves m : moves) {
            try {
                for (int i = 0; i < m.states().size(); i++) {
                    update(m.states().get(i), m.events().get(i));
                }
            } catch (StaleWorkOrder e) {
                stale.add(m.orderId());
            }
        }
        return stale;
    }

    Optional<WorkOrder> find(String id);

    /** The open order of this type about this problem, if there is one. */
    Optional<WorkOrder> findOpen(ProblemKey problem, WorkOrderType type);

    List<WorkOrder> list(WorkOrderQuery query);

    /** The order's history, oldest first. */
    List<WorkOrderEvent> history(String id);

    /** Thrown when a second open order of one type about one problem would be stored. */
    final class OpenOrderExists extends IllegalStateException {
        public OpenOrderExists(ProblemKey problem, WorkOrderType type) {
            super("an open " + type + " order about " + problem + " already exists");
        }
    }

    /** Thrown when an update's expected version is no longer the stored one. */
    final class StaleWorkOrder extends IllegalStateException {
        public StaleWorkOrder(String id, long expected, long stored) {
            super("work order " + id + " changed meanwhile: expected version " + expected + ", stored " + stored
                    + "; reload it and try again");
        }
    }
}
