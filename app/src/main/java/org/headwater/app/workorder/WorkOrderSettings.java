package org.headwater.app.workorder;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.headwater.workorder.ApprovalRoutes;
import org.headwater.workorder.Delegation;
import org.headwater.workorder.GovernancePolicy;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkPriority;

/** {@link WorkOrderProperties} turned into the domain; a bad value is refused naming its property. */
record WorkOrderSettings(GovernancePolicy governance, ApprovalRoutes routes, int riskTopPipes) {

    private static final String PREFIX = "headwater.work-orders.";

    static WorkOrderSettings from(WorkOrderProperties p) {
        GovernancePolicy governance = field("governance", () -> new GovernancePolicy(p.governance(), p.lowRisk()));
        ApprovalRoutes defaults = ApprovalRoutes.defaults();
        Map<WorkOrderType, String> roles = new EnumMap<>(defaults.approverRole());
        roles.putAll(p.approverRoles());
        Map<WorkPriority, Duration> deadlines = new EnumMap<>(defaults.deadlines());
        deadlines.putAll(p.approvalDeadlines());
        ApprovalRoutes routes =
                field("approver-roles", () -> new ApprovalRoutes(roles, deadlines, java.util.List.of()));
        for (int i = 0; i < p.delegations().size(); i++) {
            WorkOrderProperties.DelegationProperties d = p.delegations().get(i);
            ApprovalRoutes before = routes;
            routes = field(
                    "delegations[" + i + "]",
                    () -> before.withDelegation(new Delegation(d.from(), d.to(), d.starts(), d.ends())));
        }
        if (p.riskTopPipes() < 0) {
            throw new IllegalArgumentException(
                    PREFIX + "risk-top-pipes: must not be negative, got " + p.riskTopPipes());
        }
        return new WorkOrderSettings(governance, routes, p.riskTopPipes());
    }

    private static <T> T field(String name, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(PREFIX + name + ": " + e.getMessage(), e);
        }
    }
}
