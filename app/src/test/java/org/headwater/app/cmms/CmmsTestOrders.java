package org.headwater.app.cmms;

import java.time.Instant;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.WorkOrdersContract;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;

/** Orders for the connector tests: every field filled (zone Z1, asset M-1, evidence of every kind). */
final class CmmsTestOrders {

    static final Instant T = Instant.parse("2025-05-06T03:00:00Z");

    private CmmsTestOrders() {}

    static WorkOrder order(String id) {
        return WorkOrdersContract.aDraft(id, ProblemKey.premise("PR-" + id), WorkOrderType.METER_CHECK);
    }

    static WorkOrder titled(String id, String title) {
        WorkOrder order = order(id);
        WorkOrderContent c = order.content();
        return order.edit(
                        new WorkOrderContent(
                                c.type(),
                                title,
                                c.description(),
                                c.priority(),
                                c.assetId(),
                                c.location(),
                                c.recommendedCrew(),
                                c.predictedDurationHours(),
                                c.checklist(),
                                c.evidence()),
                        T)
                .order();
    }

    /** A stored order a person approved. */
    static WorkOrder approved(WorkOrders orders) {
        return ApprovedWorkOrders.stored(orders, T);
    }
}
