package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryEscalationLevels;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.LeakMeterChecks;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class ApprovalEscalationTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");
    private static final String OPERATOR = "CONTROL_CENTER_OPERATOR";
    private static final String ADMINISTRATOR = "ADMINISTRATOR";

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private final ApprovalRoutes routes = ApprovalRoutes.defaults();
    private final WorkOrderDesk desk = new WorkOrderDesk(
            orders,
            new InMemoryCmmsOutbox(),
            routes,
            u -> Map.of("amy", Set.of("AMI_MANAGER")).getOrDefault(u, Set.of()),
            audit,
            clock);
    private final List<ApprovalEscalation.OverduePage> paged = new ArrayList<>();
    private final InMemoryEscalationLevels levels = new InMemoryEscalationLevels();
    private final ApprovalEscalation.Pager pager = new ApprovalEscalation.Pager() {
        @Override
        public List<String> chainNow() {
            // the approver (AMI manager) is on the chain too: never paged as an escalation of their own queue
            return List.of("AMI_MANAGER", OPERATOR, ADMINISTRATOR);
        }

        @Override
        public int page(ApprovalEscalation.OverduePage page) {
            paged.add(page);
            return 1;
        }
    };
    private final ApprovalEscalation escalation = new ApprovalEscalation(desk, routes, pager, audit, clock, levels);

    private Duration deadlineOf(WorkOrder order) {
        return Duration.between(T, routes.approvalDeadline(order.content().priority(), T));
    }

    @Test
    void anOverdueOrderPagesTheNextRoleOncePerLevelHoweverOftenItIsPolled() {
        WorkOrder check = LeakMeterChecks.awaitingApproval(orders, audit, clock, "PR-1");
        Duration deadline = deadlineOf(check);

        clock.set(T.plus(deadline).minusSeconds(1));
        assertThat(escalation.escalateOverdue()).isEmpty();
        clock.set(T.plus(deadline));
        escalation.escalateOverdue();
        escalation.escalateOverdue();
        clock.set(T.plus(deadline).plus(deadline.dividedBy(2)));
        escalation.escalateOverdue();
        clock.set(T.plus(deadline.multipliedBy(2)));
        escalation.escalateOverdue();
        clock.set(T.plus(deadline.multipliedBy(5)));
        escalation.escalateOverdue();

        assertThat(paged)
                .extracting(ApprovalEscalation.OverduePage::role, ApprovalEscalation.OverduePage::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OPERATOR, 1),
                        org.assertj.core.groups.Tuple.tuple(ADMINISTRATOR, 2));
        assertThat(paged.getFirst().headline()).contains(check.id()).contains("waits for approval by AMI_MANAGER");
        assertThat(audit.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_ESCALATED)
                .extracting(e -> e.details().get("role"), e -> e.details().get("level"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OPERATOR, "1"),
                        org.assertj.core.groups.Tuple.tuple(ADMINISTRATOR, "2"));
    }

    @Test
    void afterALongPauseEveryLevelThatFellDueIsPagedSoNobodyIsSkipped() {
        WorkOrder check = LeakMeterChecks.awaitingApproval(orders, audit, clock, "PR-2");
        clock.set(T.plus(deadlineOf(check).multipliedBy(3)));

        List<ApprovalEscalation.OverduePage> pages = escalation.escalateOverdue();

        assertThat(pages).extracting(ApprovalEscalation.OverduePage::role).containsExactly(OPERATOR, ADMINISTRATOR);
    }

    @Test
    void anApprovedOrderStopsEscalatingAndIsForgotten() {
        WorkOrder check = LeakMeterChecks.awaitingApproval(orders, audit, clock, "PR-3");
        Duration deadline = deadlineOf(check);
        clock.set(T.plus(deadline));
        escalation.escalateOverdue();
        assertThat(levels.reached(check.id(), T)).isEqualTo(1);

        desk.approve(check.id(), orders.find(check.id()).orElseThrow().version(), "amy");
        clock.set(T.plus(deadline.multipliedBy(3)));

        assertThat(escalation.escalateOverdue()).isEmpty();
        assertThat(levels.reached(check.id(), T))
                .as("forgotten once it left the queue")
                .isZero();
        assertThat(paged).hasSize(1);
    }

    @Test
    void aRestartedEscalationPagesNoLevelTwice() {
        WorkOrder check = LeakMeterChecks.awaitingApproval(orders, audit, clock, "PR-5");
        clock.set(T.plus(deadlineOf(check)));
        escalation.escalateOverdue();

        ApprovalEscalation restarted = new ApprovalEscalation(desk, routes, pager, audit, clock, levels);
        restarted.escalateOverdue();
        clock.set(T.plus(deadlineOf(check).multipliedBy(2)));
        restarted.escalateOverdue();

        assertThat(paged).extracting(ApprovalEscalation.OverduePage::level).containsExactly(1, 2);
    }

    @Test
    void anOrderInTimeIsNeverPaged() {
        LeakMeterChecks.awaitingApproval(orders, audit, clock, "PR-4");
        clock.set(T.plus(Duration.ofMinutes(1)));

        assertThat(escalation.escalateOverdue()).isEmpty();
        assertThat(paged).isEmpty();
    }
}
