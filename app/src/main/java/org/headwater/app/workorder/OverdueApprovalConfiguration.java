package org.headwater.app.workorder;

import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.app.config.WallClock;
import org.headwater.app.notify.EscalationDesk;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.ApprovalEscalation;
import org.headwater.workorder.ApprovalRoutes;
import org.headwater.workorder.EscalationLevels;
import org.headwater.workorder.WorkOrderDesk;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Orders waiting for approval past their deadline are paged through the escalation desk, which exists only when
 * notification is on ({@code headwater.notify.enabled}); without it they are still listed as overdue.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "headwater.notify.enabled", havingValue = "true")
class OverdueApprovalConfiguration {

    // approval deadlines are people's time: the wall clock, like the desk that computes them
    @Bean
    ApprovalEscalation approvalEscalation(
            WorkOrderDesk desk,
            ApprovalRoutes routes,
            EscalationDesk escalations,
            AuditTrail audit,
            WallClock wall,
            EscalationLevels levels) {
        return new ApprovalEscalation(desk, routes, new OverdueApprovalPager(escalations), audit, wall.clock(), levels);
    }

    @Bean
    PollingLifecycle overdueApprovals(ApprovalEscalation escalation, WorkOrderProperties p, WallClock wall) {
        return new PollingLifecycle(
                new ClockSchedule(wall.clock()), "work-order-escalation", p.tick(), escalation::escalateOverdue);
    }
}
