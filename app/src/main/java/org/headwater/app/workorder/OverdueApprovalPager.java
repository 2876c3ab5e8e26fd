package org.headwater.app.workorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.app.notify.EscalationDesk;
import org.headwater.notify.Notice;
import org.headwater.workorder.ApprovalEscalation;
import org.headwater.workorder.WorkOrder;

/** Overdue approvals paged through the escalation desk, on its chain, to its contacts and channels. */
public final class OverdueApprovalPager implements ApprovalEscalation.Pager {

    static final String KIND = "work-order-approval-overdue";

    private final EscalationDesk desk;

    public OverdueApprovalPager(EscalationDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<String> chainNow() {
        return desk.chainRolesNow();
    }

    @Override
    public int page(ApprovalEscalation.OverduePage page) {
        return desk.page(notice(page));
    }

    static Notice notice(ApprovalEscalation.OverduePage page) {
        WorkOrder order = page.order();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("work_order_id", order.id());
        fields.put("type", order.content().type().name());
        fields.put("priority", order.content().priority().name());
        fields.put("title", order.content().title());
        fields.put("approver_role", page.approverRole());
        fields.put("deadline", page.deadline().toString());
        String zone = order.content().location().zoneId();
        if (zone != null) {
            fields.put("zone", zone);
        }
        String body = "Work order " + order.id() + " (" + order.content().type() + ", "
                + order.content().priority()
                + ") should have been approved or rejected by " + page.approverRole() + " by " + page.deadline()
                + ".\nOpen the work-order queue in Headwater to decide it or to reach the approver.";
        return new Notice(KIND, order.id(), page.role(), page.level(), page.headline(), body, fields);
    }
}
