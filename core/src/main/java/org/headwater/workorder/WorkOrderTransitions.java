package org.headwater.workorder;

import static org.headwater.workorder.WorkOrderStatus.ACKNOWLEDGED;
import static org.headwater.workorder.WorkOrderStatus.APPROVED;
import static org.headwater.workorder.WorkOrderStatus.AWAITING_APPROVAL;
import static org.headwater.workorder.WorkOrderStatus.CANCELLED;
import static org.headwater.workorder.WorkOrderStatus.CLOSED;
import static org.headwater.workorder.WorkOrderStatus.COMPLETED;
import static org.headwater.workorder.WorkOrderStatus.DRAFTED;
import static org.headwater.workorder.WorkOrderStatus.IN_PROGRESS;
import static org.headwater.workorder.WorkOrderStatus.QUEUED;
import static org.headwater.workorder.WorkOrderStatus.REJECTED;
import static org.headwater.workorder.WorkOrderStatus.SEND_FAILED;
import static org.headwater.workorder.WorkOrderStatus.SENT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The whole work-order lifecycle in one table: from each status, the statuses it may move to. */
public final class WorkOrderTransitions {

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> ALLOWED = new EnumMap<>(WorkOrderStatus.class);

    static {
        // DRAFTED -> APPROVED only under the automatic governance level, approved by the policy itself
        allow(DRAFTED, AWAITING_APPROVAL, APPROVED, CANCELLED);
        allow(AWAITING_APPROVAL, APPROVED, REJECTED, CANCELLED);
        allow(APPROVED, QUEUED, CANCELLED);
        allow(QUEUED, SENT, SEND_FAILED, CANCELLED);
        allow(SEND_FAILED, QUEUED, CANCELLED);
        // a CMMS may acknowledge and move on before Headwater polls, so SENT can jump ahead
        allow(SENT, ACKNOWLEDGED, IN_PROGRESS, COMPLETED, SEND_FAILED, CANCELLED);
        allow(ACKNOWLEDGED, IN_PROGRESS, COMPLETED, CLOSED, CANCELLED);
        allow(IN_PROGRESS, COMPLETED, CLOSED, CANCELLED);
        allow(COMPLETED, CLOSED);
        ALLOWED.put(REJECTED, EnumSet.noneOf(WorkOrderStatus.class));
        ALLOWED.put(CLOSED, EnumSet.noneOf(WorkOrderStatus.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(WorkOrderStatus.class));
    }

    private WorkOrderTransitions() {}

    private static void allow(WorkOrderStatus from, WorkOrderStatus first, WorkOrderStatus... rest) {
        ALLOWED.put(from, EnumSet.of(first, rest));
    }

    public static boolean isAllowed(WorkOrderStatus from, WorkOrderStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses {@code from} may move to; empty for the terminal ones. */
    public static Set<WorkOrderStatus> allowedFrom(WorkOrderStatus from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /** @throws IllegalWorkOrderMove naming the order and both statuses when the move is not in the table */
    public static void check(String workOrderId, WorkOrderStatus from, WorkOrderStatus to) {
        if (!isAllowed(from, to)) {
            throw new IllegalWorkOrderMove(workOrderId, from, to);
        }
    }

    /** Thrown for a move the table does not allow. */
    public static final class IllegalWorkOrderMove extends IllegalStateException {
        private final WorkOrderStatus from;
        private final WorkOrderStatus to;

        IllegalWorkOrderMove(String workOrderId, WorkOrderStatus from, WorkOrderStatus to) {
            super("work order " + workOrderId + " cannot move from " + from + " to " + to + "; allowed from " + from
                    + ": " + ALLOWED.get(from));
            this.from = from;
            this.to = to;
        }

        public WorkOrderStatus from() {
            return from;
        }

        public WorkOrderStatus to() {
            return to;
        }
    }
}
