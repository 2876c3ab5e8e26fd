package org.headwater.workorder;

import java.util.ArrayList;
import java.util.List;

/**
 * One order's consecutive changes stored in one step: each state one version after the one before, each with its
 * history entry (the outbox stores "sent" and "acknowledged by the CMMS" together, so a crash leaves the order
 * queued or acknowledged, never in between).
 *
 * @param states the order after each change, oldest first
 * @param events the history entry of each change, in the same order
 */
public record WorkOrderMoves(List<WorkOrder> states, List<WorkOrderEvent> events) {

    public WorkOrderMoves {
        states = List.copyOf(states);
        events = List.copyOf(events);
        if (states.isEmpty() || states.size() != events.size()) {
            throw new IllegalArgumentException(
                    "events: one per state is needed, got " + events.size() + " for " + states.size() + " states");
        }
        WorkOrder first = states.getFirst();
        for (int i = 0; i < states.size(); i++) {
            WorkOrder state = states.get(i);
            WorkOrderEvent event = events.get(i);
            if (!state.id().equals(first.id()) || !event.orderId().equals(first.id())) {
                throw new IllegalArgumentException("states: all must be of order " + first.id() + ", got " + state.id()
                        + " and an event of " + event.orderId());
            }
            if (state.version() != first.version() + i || event.version() != state.version()) {
                throw new IllegalArgumentException("states: versions must follow one another from " + first.version()
                        + ", got state " + state.version() + " with event " + event.version());
            }
        }
    }

    /** The move from {@code before} to {@code after}, its history entry written by {@code actor}. */
    public static WorkOrderMoves of(WorkOrder before, WorkOrder after, String actor, String note) {
        return new WorkOrderMoves(List.of(after), List.of(WorkOrderEvent.of(before, after, actor, note)));
    }

    /** These moves followed by the move to {@code next}. */
    public WorkOrderMoves then(WorkOrder next, String actor, String note) {
        List<WorkOrder> moreStates = new ArrayList<>(states);
        moreStates.add(next);
        List<WorkOrderEvent> moreEvents = new ArrayList<>(events);
        moreEvents.add(WorkOrderEvent.of(last(), next, actor, note));
        return new WorkOrderMoves(moreStates, moreEvents);
    }

    public String orderId() {
        return states.getFirst().id();
    }

    /** The order as stored once every change is. */
    public WorkOrder last() {
        return states.getLast();
    }

    /** The version the stored order must still have for these changes to apply. */
    public long expectedVersion() {
        return states.getFirst().version() - 1;
    }
}
