package org.headwater.testkit;

import java.time.Instant;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;

/** Orders stored the way a person leaves them after approving: ready for the outbox. */
public final class ApprovedWorkOrders {

    private ApprovedWorkOrders() {}

    /** A new meter check with every field filled ({@link WorkOrdersContract#aDraft}), drafted, queued and approved. */
    public static WorkOrder stored(WorkOrders orders, Instant at) {
        String id = orders.nextId();
        WorkOrder draft = WorkOrdersContract.aDraft(id, ProblemKey.premise("PR-" + id), WorkOrderType.METER_CHECK);
        orders.create(draft, WorkOrderEvent.of(null, draft, "system:test", "drafted"));
        WorkOrder waiting = draft.submitForApproval(at);
        orders.update(waiting, WorkOrderEvent.of(draft, waiting, "system:test", "submitted"));
        WorkOrder approved = waiting.approve("approver", at);
        orders.update(approved, WorkOrderEvent.of(waiting, approved, "approver", "approved"));
        return approved;
    }
}
