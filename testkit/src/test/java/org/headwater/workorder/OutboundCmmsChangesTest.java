package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.InMemoryCmms;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.junit.jupiter.api.Test;

/** Cancelling or editing an order the CMMS may already hold: the desk records what is owed, the outbox sends it. */
class OutboundCmmsChangesTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 3, 0);

    private final OutboxRig rig = new OutboxRig(T);
    private final InMemoryWorkOrders orders = rig.orders;
    private final InMemoryCmms cmms = rig.cmms;
    private final InMemoryCmmsOutbox outbox = rig.outbox;
    private final WorkOrderDispatcher dispatcher = rig.dispatcher(POLICY, 4, 3);
    // anyone may decide in these tests: the routes are the desk's own tests' business
    private final WorkOrderDesk desk = new WorkOrderDesk(
            orders,
            outbox,
            ApprovalRoutes.defaults(),
            user -> Set.of(ApprovalRoutes.AMI_MANAGER),
            rig.audit,
            rig.clock);

    private WorkOrder acknowledged() {
        WorkOrder order = ApprovedWorkOrders.stored(orders, T);
        dispatcher.dispatchDue();
        return stored(order);
    }

    private static WorkOrderContent withPriority(WorkOrderContent c, WorkPriority priority) {
        return new WorkOrderContent(
                c.type(),
                c.title(),
                c.description(),
                priority,
                c.assetId(),
                c.location(),
                c.recommendedCrew(),
                c.predictedDurationHours(),
                c.checklist(),
                c.evidence());
    }

    private WorkOrder stored(WorkOrder order) {
        return orders.find(order.id()).orElseThrow();
    }

    private List<AuditEvent> audited(AuditAction action) {
        return rig.audit.page(0, 100).stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void cancellingAnAcknowledgedOrderCancelsItInTheCmmsWithTheReason() {
        WorkOrder order = acknowledged();

        desk.cancel(order.id(), order.version(), "crew found it already repaired", "amy");
        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.changed()).isEqualTo(1);
        assertThat(cmms.statusOf(order.id())).contains("CAN");
        assertThat(outbox.list(OutboxAction.CANCEL)).isEmpty();
        assertThat(audited(AuditAction.WORK_ORDER_CMMS_CANCELLED))
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("cmmsNumber", "1001")
                        .containsEntry("cmmsStatus", "CAN"));
    }

    @Test
    void anEditAfterSendingSendsTheChangedFieldsOnceTheCmmsIsBack() {
        WorkOrder order = acknowledged();
        cmms.down(true);

        WorkOrder edited =
                desk.edit(order.id(), order.version(), withPriority(order.content(), WorkPriority.EMERGENCY), "amy");
        WorkOrderDispatcher.DispatchPass failed = dispatcher.dispatchDue();
        WorkOrderDispatcher.DispatchPass tooSoon = dispatcher.dispatchDue();
        cmms.down(false);
        rig.clock.advance(POLICY.firstDelay());
        WorkOrderDispatcher.DispatchPass later = dispatcher.dispatchDue();

        assertThat(edited.status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(failed.retrying()).isEqualTo(1);
        assertThat(tooSoon.waiting()).isEqualTo(1);
        assertThat(later.changed()).isEqualTo(1);
        assertThat(cmms.updates()).containsExactly(order.id() + " [priority]");
        assertThat(audited(AuditAction.WORK_ORDER_CMMS_CHANGE_FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("change", "update")
                        .containsEntry("retryAt", T.plus(POLICY.firstDelay()).toString()));
        assertThat(audited(AuditAction.WORK_ORDER_CMMS_UPDATED))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("fields", "priority"));
    }

    @Test
    void cancellingAQueuedOrderTheCmmsNeverReceivedOwesNothingMore() {
        WorkOrder order = ApprovedWorkOrders.stored(orders, T);
        cmms.down(true);
        dispatcher.dispatchDue();
        WorkOrder queued = stored(order);

        desk.cancel(order.id(), queued.version(), "duplicate", "amy");
        cmms.down(false);
        dispatcher.dispatchDue();

        assertThat(cmms.records()).isZero();
        assertThat(outbox.list(OutboxAction.CANCEL)).isEmpty();
        assertThat(audited(AuditAction.WORK_ORDER_CMMS_CANCELLED))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("held", "false"));
    }

    @Test
    void aCancelTheCmmsRefusesIsGivenUpAtOnceAndAudited() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "COMP", null);

        desk.cancel(order.id(), order.version(), "no longer needed", "amy");
        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.failed()).isEqualTo(1);
        assertThat(outbox.list(OutboxAction.CANCEL)).isEmpty();
        assertThat(audited(AuditAction.WORK_ORDER_CMMS_CHANGE_FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("final", "true")
                        .hasEntrySatisfying("error", error -> assertThat(error).contains("is COMP")));
    }

    @Test
    void anEditOwedForAnOrderCancelledMeanwhileIsDroppedAndOnlyTheCancelIsSent() {
        WorkOrder order = acknowledged();
        cmms.down(true);
        WorkOrder edited =
                desk.edit(order.id(), order.version(), withPriority(order.content(), WorkPriority.LOW), "amy");
        desk.cancel(order.id(), edited.version(), "merged into another order", "amy");
        cmms.down(false);

        dispatcher.dispatchDue();

        assertThat(cmms.updates()).isEmpty();
        assertThat(cmms.statusOf(order.id())).contains("CAN");
        assertThat(outbox.list(OutboxAction.UPDATE)).isEmpty();
    }
}
