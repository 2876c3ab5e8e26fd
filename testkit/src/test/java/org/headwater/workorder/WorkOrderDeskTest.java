package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.LeakMeterChecks;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class WorkOrderDeskTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");
    private static final Map<String, Set<String>> ROLES = Map.of(
            "amy", Set.of(ApprovalRoutes.AMI_MANAGER),
            "sam", Set.of(ApprovalRoutes.DISTRIBUTION_SUPERINTENDENT),
            "cara", Set.of(ApprovalRoutes.CUSTOMER_SERVICE));

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private final InMemoryCmmsOutbox outbox = new InMemoryCmmsOutbox();

    private WorkOrderDesk desk(ApprovalRoutes routes) {
        return new WorkOrderDesk(orders, outbox, routes, u -> ROLES.getOrDefault(u, Set.of()), audit, clock);
    }

    private WorkOrder meterCheck(String premise) {
        return LeakMeterChecks.awaitingApproval(orders, audit, clock, premise);
    }

    @Test
    void theAmiManagerApprovesAMeterCheckAndTheSuperintendentMayNot() {
        WorkOrder check = meterCheck("PR-1");
        WorkOrderDesk desk = desk(ApprovalRoutes.defaults());

        assertThatThrownBy(() -> desk.approve(check.id(), check.version(), "sam"))
                .isInstanceOf(WorkOrderDesk.NotAnApprover.class)
                .hasMessageContaining("AMI_MANAGER");
        WorkOrder approved = desk.approve(check.id(), check.version(), "amy");

        assertThat(approved.status()).isEqualTo(WorkOrderStatus.APPROVED);
        assertThat(audit.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_APPROVED)
                .extracting(AuditEvent::actor)
                .containsExactly("amy");
    }

    @Test
    void approvingFromAStaleScreenIsRefusedNamingBothVersions() {
        WorkOrder check = meterCheck("PR-2");
        WorkOrderDesk desk = desk(ApprovalRoutes.defaults());
        desk.approve(check.id(), check.version(), "amy");

        assertThatThrownBy(() -> desk.reject(check.id(), check.version(), "not needed", "amy"))
                .isInstanceOf(WorkOrders.StaleWorkOrder.class)
                .hasMessageContaining("expected version " + check.version());
    }

    @Test
    void editThenApproveKeepsTheDiffInTheHistoryAndTheAuditTrail() {
        WorkOrder check = meterCheck("PR-3");
        WorkOrderContent c = check.content();
        WorkOrderContent urgent = new WorkOrderContent(
                c.type(),
                c.title(),
                c.description() + " Customer reports a wet yard.",
                WorkPriority.HIGH,
                c.assetId(),
                c.location(),
                c.recommendedCrew(),
                2,
                c.checklist(),
                c.evidence());

        WorkOrder approved = desk(ApprovalRoutes.defaults()).editAndApprove(check.id(), check.version(), urgent, "amy");

        assertThat(approved.content().priority()).isEqualTo(WorkPriority.HIGH);
        assertThat(orders.history(check.id()))
                .filteredOn(e -> !e.changes().isEmpty())
                .singleElement()
                .satisfies(e -> assertThat(e.changes())
                        .extracting(FieldChange::field)
                        .containsExactly("description", "priority", "predictedDurationHours"));
        assertThat(audit.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_EDITED)
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("priority", "MEDIUM -> HIGH"));
    }

    @Test
    void bulkApprovalApprovesWhatTheUserMayAndReportsTheRestWithoutStopping() {
        WorkOrder first = meterCheck("PR-4");
        WorkOrder second = meterCheck("PR-5");
        WorkOrder gone = meterCheck("PR-6");
        WorkOrderDesk desk = desk(ApprovalRoutes.defaults());
        desk.reject(gone.id(), gone.version(), "duplicate of a call-in", "amy");
        Map<String, Long> seen = new LinkedHashMap<>();
        seen.put(first.id(), first.version());
        seen.put(gone.id(), gone.version());
        seen.put(second.id(), second.version());
        seen.put("WO-999999", 1L);

        WorkOrderDesk.BulkApproval result = desk.approveAll(seen, "amy");

        assertThat(result.approved()).extracting(WorkOrder::id).containsExactly(first.id(), second.id());
        assertThat(result.refused()).containsOnlyKeys(gone.id(), "WO-999999");
        assertThat(result.refused().get("WO-999999")).contains("no work order");
    }

    @Test
    void aDelegateApprovesWhileTheDelegationRuns() {
        WorkOrder check = meterCheck("PR-7");
        ApprovalRoutes routes = ApprovalRoutes.defaults()
                .withDelegation(new Delegation("amy", "dan", T.minusSeconds(1), T.plus(Duration.ofDays(7))));

        assertThat(desk(routes).approve(check.id(), check.version(), "dan").decidedBy())
                .isEqualTo("dan");
    }

    @Test
    void anOrderWaitingPastItsPrioritysDeadlineIsOverdue() {
        WorkOrder check = meterCheck("PR-8");
        WorkOrderDesk desk = desk(ApprovalRoutes.defaults());
        Duration deadline =
                ApprovalRoutes.defaults().deadlines().get(check.content().priority());

        assertThat(desk.overdueForApproval(T.plus(deadline).minusSeconds(1))).isEmpty();
        assertThat(desk.overdueForApproval(T.plus(deadline)))
                .extracting(WorkOrder::id)
                .containsExactly(check.id());
    }

    @Test
    void aFailedSendIsRetriedBackIntoTheOutbox() {
        WorkOrder check = meterCheck("PR-9");
        WorkOrderDesk desk = desk(ApprovalRoutes.defaults());
        WorkOrder approved = desk.approve(check.id(), check.version(), "amy");
        WorkOrder queued = approved.queue(T);
        orders.update(queued, WorkOrderEvent.of(approved, queued, "system:outbox", "queued"));
        WorkOrder failed = queued.sendFailed("HTTP 503 from Maximo", T);
        orders.update(failed, WorkOrderEvent.of(queued, failed, "system:outbox", "503"));

        WorkOrder retried = desk.retry(check.id(), failed.version(), "amy");
        assertThat(retried.status()).isEqualTo(WorkOrderStatus.QUEUED);
        assertThat(retried.reason()).isNull();
    }
}
