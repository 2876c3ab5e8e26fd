package org.headwater.testkit;

import java.time.Clock;
import org.headwater.alert.AlertType;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.AlertDraftRules;
import org.headwater.workorder.GovernancePolicy;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderDrafter;
import org.headwater.workorder.WorkOrders;

/** Meter checks drafted the way the running server drafts them, from a continuous leak at a premise. */
public final class LeakMeterChecks {

    private LeakMeterChecks() {}

    /** A meter check about {@code premise}, in the approval queue (the AMI manager approves it) since now. */
    public static WorkOrder awaitingApproval(WorkOrders orders, AuditTrail audit, Clock clock, String premise) {
        var leak = AlertBuilder.anAlert()
                .from("M-" + premise)
                .of(AlertType.CONTINUOUS_LEAK)
                .at(clock.instant())
                .atPremise(premise)
                .build();
        return new WorkOrderDrafter(orders, GovernancePolicy.assistedEverywhere(), audit, clock)
                .submit(new AlertDraftRules().draft(leak).get(1))
                .order();
    }
}
