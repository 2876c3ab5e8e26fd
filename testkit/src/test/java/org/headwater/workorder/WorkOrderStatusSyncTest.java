package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.headwater.audit.AuditAction;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmms;
import org.headwater.testkit.InMemoryCmmsCursors;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.SettableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WorkOrderStatusSyncTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private final InMemoryCmms cmms = new InMemoryCmms(clock);
    private final InMemoryCmmsCursors cursors = new InMemoryCmmsCursors();
    private final WorkOrderStatusSync sync = new WorkOrderStatusSync(orders, cmms, cursors, audit, clock);

    private WorkOrder acknowledged() {
        WorkOrder order = WorkOrderDispatcherTest.approved(orders, T);
        new WorkOrderDispatcher(
                        orders, cmms, new InMemoryCmmsOutbox(), audit, clock, new Random(1), RetryPolicy.defaults(), 1)
                .dispatchDue();
        return stored(order);
    }

    private WorkOrder stored(WorkOrder order) {
        return orders.find(order.id()).orElseThrow();
    }

    @Test
    void theCmmsStatusesFlowBackWithTheCloseOutNotesAndTheCursorIsSaved() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "INPRG", null);
        clock.advance(Duration.ofHours(2));
        cmms.advance(order.id(), "COMP", "Register read 01234; no leak at the meter");

        WorkOrderStatusSync.SyncPass pass = sync.syncOnce();

        assertThat(pass.applied()).isEqualTo(2);
        assertThat(pass.error()).isNull();
        WorkOrder completed = stored(order);
        assertThat(completed.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(completed.closeOutNotes()).isEqualTo("Register read 01234; no leak at the meter");
        assertThat(cursors.find("memory")).contains("2");
        assertThat(audit.page(0, 20))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SYNCED)
                .extracting(e -> e.details().get("cmmsStatus"))
                .containsExactly("INPRG", "COMP");
    }

    @Test
    void aRestartedSyncResumesFromTheSavedCursor() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "INPRG", null);
        sync.syncOnce();
        cmms.advance(order.id(), "COMP", null);

        WorkOrderStatusSync.SyncPass afterRestart =
                new WorkOrderStatusSync(orders, cmms, cursors, audit, clock).syncOnce();

        assertThat(afterRestart.applied()).isEqualTo(1);
        assertThat(afterRestart.unchanged())
                .as("the first change is not read again")
                .isZero();
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.COMPLETED);
    }

    @Test
    void aChangeReadTwiceChangesNothing() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "INPRG", null);
        sync.syncOnce();
        long version = stored(order).version();
        cursors.save("memory", "0");

        WorkOrderStatusSync.SyncPass again = sync.syncOnce();

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.applied()).isZero();
        assertThat(stored(order).version()).isEqualTo(version);
    }

    @Test
    void anOlderStatusArrivingAfterANewerOneIsSkippedAsOutOfOrder() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "COMP", null);
        clock.advance(Duration.ofMinutes(1));
        cmms.advance(order.id(), "INPRG", null);

        WorkOrderStatusSync.SyncPass pass = sync.syncOnce();

        assertThat(pass.applied()).isEqualTo(1);
        assertThat(pass.outOfOrder()).isEqualTo(1);
        assertThat(pass.problems()).singleElement().asString().contains(order.id(), "INPRG", "out of order");
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(pass.cursor())
                .as("a deliberate skip does not hold the cursor back")
                .isEqualTo("2");
    }

    @Test
    void aChangeForAnOrderHeadwaterDoesNotKnowIsReportedAndTheRestApplied() {
        WorkOrder order = acknowledged();
        cmms.stray("WO-999999", "APPR");
        cmms.advance(order.id(), "INPRG", null);

        WorkOrderStatusSync.SyncPass pass = sync.syncOnce();

        assertThat(pass.unknownOrders()).isEqualTo(1);
        assertThat(pass.problems()).singleElement().asString().contains("WO-999999", "does not know");
        assertThat(pass.applied()).isEqualTo(1);
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void anOrderGivenUpOnThatReachedTheCmmsAfterAllIsRecovered() {
        WorkOrder order = WorkOrderDispatcherTest.approved(orders, T);
        cmms.failNext(InMemoryCmms.Fault.ACCEPT_THEN_TIME_OUT);
        new WorkOrderDispatcher(
                        orders,
                        cmms,
                        new InMemoryCmmsOutbox(),
                        audit,
                        clock,
                        new Random(1),
                        new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 0),
                        1)
                .dispatchDue();
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.SEND_FAILED);
        cmms.advance(order.id(), "APPR", null);

        sync.syncOnce();

        WorkOrder recovered = stored(order);
        assertThat(recovered.status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(recovered.cmmsReference()).isEqualTo("1001");
        assertThat(orders.history(order.id()))
                .extracting(WorkOrderEvent::to)
                .endsWith(
                        WorkOrderStatus.SEND_FAILED,
                        WorkOrderStatus.QUEUED,
                        WorkOrderStatus.SENT,
                        WorkOrderStatus.ACKNOWLEDGED);
    }

    @Test
    void anUnavailableCmmsKeepsTheCursorAndSaysSo() {
        WorkOrder order = acknowledged();
        cmms.advance(order.id(), "INPRG", null);
        sync.syncOnce();
        cmms.down(true);

        WorkOrderStatusSync.SyncPass pass = sync.syncOnce();

        assertThat(pass.error()).contains("memory unavailable");
        assertThat(cursors.find("memory")).contains("1");
    }

    @Test
    void anUnknownStatusCodeStopsThePassWithAnErrorNamingItAndKeepsTheCursor() {
        CmmsGateway strange = new CmmsGateway() {
            @Override
            public String name() {
                return "maximo";
            }

            @Override
            public CmmsReceipt send(WorkOrder order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CmmsChanges changesSince(@Nullable String cursor) {
                throw new CmmsStatusMap.UnknownCmmsStatus(
                        "maximo",
                        "HOLD",
                        CmmsStatusMap.maximoDefaults().toOurs().keySet());
            }
        };
        cursors.save("maximo", "17");

        WorkOrderStatusSync.SyncPass pass = new WorkOrderStatusSync(orders, strange, cursors, audit, clock).syncOnce();

        assertThat(pass.error()).contains("status", "'HOLD'", "WAPPR");
        assertThat(cursors.find("maximo")).contains("17");
    }

    @Test
    void oneChangeAppliedAtOnceSaysWhatCameOfItAndAReplayChangesNothing() {
        WorkOrder order = acknowledged();
        CmmsStatusChange started = change(order.id(), WorkOrderStatus.IN_PROGRESS, "crew on site");

        WorkOrderStatusSync.Applied first = sync.apply(started);
        WorkOrderStatusSync.Applied replay = sync.apply(started);

        assertThat(first.outcome()).isEqualTo(WorkOrderStatusSync.Outcome.APPLIED);
        assertThat(first.order().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(replay.outcome()).isEqualTo(WorkOrderStatusSync.Outcome.UNCHANGED);
        assertThat(stored(order).version()).isEqualTo(first.order().version());
        assertThat(audit.page(0, 50))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SYNCED)
                .hasSize(1);
    }

    @Test
    void oneChangeForAnUnknownOrderOrAnOlderStatusIsRefusedNamingIt() {
        WorkOrder order = acknowledged();
        sync.apply(change(order.id(), WorkOrderStatus.COMPLETED, "done"));

        WorkOrderStatusSync.Applied older = sync.apply(change(order.id(), WorkOrderStatus.IN_PROGRESS, null));
        WorkOrderStatusSync.Applied unknown = sync.apply(change("WO-999999", WorkOrderStatus.COMPLETED, null));

        assertThat(older.outcome()).isEqualTo(WorkOrderStatusSync.Outcome.OUT_OF_ORDER);
        assertThat(older.problem()).contains(order.id()).contains("already COMPLETED");
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(stored(order).closeOutNotes()).isEqualTo("done");
        assertThat(unknown.outcome()).isEqualTo(WorkOrderStatusSync.Outcome.UNKNOWN_ORDER);
        assertThat(unknown.order()).isNull();
        assertThat(unknown.problem()).contains("WO-999999");
    }

    private CmmsStatusChange change(String id, WorkOrderStatus status, @Nullable String notes) {
        return new CmmsStatusChange(id, "CM-1", status, status.name(), notes, clock.instant());
    }
}
