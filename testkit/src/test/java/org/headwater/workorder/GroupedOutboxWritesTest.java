package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.audit.AuditAction;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmms;
import org.headwater.testkit.InMemoryCmms.Fault;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

/** The outbox's moves stored together (group commit): each order's moves once, in order, and nothing lost. */
class GroupedOutboxWritesTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 4, 0.5);

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders stored = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private final InMemoryCmms cmms = new InMemoryCmms(clock);

    @Test
    void aBusyPassStoresEachOrdersMovesOnceInOrderAndCommitsThemInGroups() {
        GroupCountingOrders orders = new GroupCountingOrders(stored, null);
        List<WorkOrder> approved = approvedOrders(120);

        WorkOrderDispatcher.DispatchPass pass = dispatcher(orders, 16).dispatchDue();

        assertThat(pass.acknowledged()).isEqualTo(120);
        for (WorkOrder order : approved) {
            assertThat(stored.history(order.id()))
                    .as("one history entry per move of " + order.id())
                    .extracting(WorkOrderEvent::to)
                    .containsExactly(
                            WorkOrderStatus.DRAFTED,
                            WorkOrderStatus.AWAITING_APPROVAL,
                            WorkOrderStatus.APPROVED,
                            WorkOrderStatus.QUEUED,
                            WorkOrderStatus.SENT,
                            WorkOrderStatus.ACKNOWLEDGED);
            assertThat(stored.history(order.id()))
                    .extracting(WorkOrderEvent::version)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
        assertThat(cmms.records()).isEqualTo(120);
        assertThat(cmms.blindCreatesOfHeld()).isZero();
        // 240 stores (queued; sent with acknowledged) in fewer writes: tasks that finished together were grouped
        assertThat(orders.movesStored.get()).isEqualTo(240);
        assertThat(orders.writes.get()).isLessThan(240);
        assertThat(audit.page(0, 500))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                .hasSize(120);
    }

    @Test
    void aFailureStoringOneAcknowledgementLosesNothingAndCreatesNothingTwice() {
        List<WorkOrder> approved = approvedOrders(30);
        String unlucky = approved.get(12).id();
        GroupCountingOrders orders = new GroupCountingOrders(stored, unlucky);
        WorkOrderDispatcher dispatcher = dispatcher(orders, 8);

        assertThatThrownBy(dispatcher::dispatchDue).hasMessageContaining("storage failed");

        assertThat(stored.find(unlucky).orElseThrow().status())
                .as("still in the outbox: the CMMS took it, Headwater did not store that")
                .isEqualTo(WorkOrderStatus.QUEUED);
        assertThat(approved)
                .filteredOn(o -> !o.id().equals(unlucky))
                .allSatisfy(o -> assertThat(stored.find(o.id()).orElseThrow().status())
                        .as("others grouped with it were stored alone")
                        .isEqualTo(WorkOrderStatus.ACKNOWLEDGED));

        WorkOrderDispatcher.DispatchPass next = dispatcher.dispatchDue();

        assertThat(next.acknowledged()).isEqualTo(1);
        assertThat(stored.find(unlucky).orElseThrow().cmmsReference()).isNotNull();
        assertThat(stored.history(unlucky))
                .extracting(WorkOrderEvent::to)
                .endsWith(WorkOrderStatus.QUEUED, WorkOrderStatus.SENT, WorkOrderStatus.ACKNOWLEDGED)
                .containsOnlyOnce(WorkOrderStatus.SENT);
        assertThat(cmms.records()).as("one record per order").isEqualTo(30);
        assertThat(cmms.blindCreatesOfHeld())
                .as("the second attempt asked the CMMS first")
                .isZero();
    }

    @Test
    void retriedOrdersAreAskedForBeforeTheyAreCreatedAgain() {
        List<WorkOrder> approved = approvedOrders(10);
        cmms.failNext(Fault.ACCEPT_THEN_TIME_OUT, Fault.DOWN, Fault.ACCEPT_THEN_TIME_OUT);
        WorkOrderDispatcher dispatcher = dispatcher(new GroupCountingOrders(stored, null), 4);

        dispatcher.dispatchDue();
        clock.advance(POLICY.maxDelay());
        dispatcher.dispatchDue();

        assertThat(approved)
                .allSatisfy(o ->
                        assertThat(stored.find(o.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED));
        assertThat(cmms.records()).isEqualTo(10);
        assertThat(cmms.blindCreatesOfHeld()).isZero();
    }

    @Test
    void movesHandedInTogetherAreWrittenTogetherAndOneThatFailsFailsAlone() throws Exception {
        List<WorkOrder> approved = approvedOrders(40);
        String unlucky = approved.get(7).id();
        GroupCountingOrders orders = new GroupCountingOrders(stored, null);
        orders.failQueueOf = unlucky;
        GroupedMoves grouped = new GroupedMoves(orders);

        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WorkOrder order : approved) {
                results.add(threads.submit(() -> grouped.store(
                        WorkOrderMoves.of(order, order.queue(T.plusSeconds(1)), "system:test", "queued"))));
            }
        }

        for (int i = 0; i < approved.size(); i++) {
            WorkOrder order = approved.get(i);
            if (order.id().equals(unlucky)) {
                assertThatThrownBy(results.get(i)::get).hasMessageContaining("storage failed");
                assertThat(stored.find(unlucky).orElseThrow().status()).isEqualTo(WorkOrderStatus.APPROVED);
            } else {
                assertThat(results.get(i).get()).isTrue();
                assertThat(stored.history(order.id())).hasSize(4);
            }
        }
        assertThat(orders.largestGroup.get())
                .as("some waited and went together")
                .isGreaterThan(1);
    }

    private List<WorkOrder> approvedOrders(int count) {
        List<WorkOrder> approved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            approved.add(ApprovedWorkOrders.stored(stored, T));
        }
        return approved;
    }

    private WorkOrderDispatcher dispatcher(WorkOrders orders, int parallelism) {
        return new WorkOrderDispatcher(
                orders, cmms, new InMemoryCmmsOutbox(), audit, clock, new Random(3), POLICY, parallelism);
    }

    /**
     * Counts the grouped writes and holds each a moment so the tasks that finish meanwhile wait and go together; a
     * group holding the named order's acknowledgement (or its queueing) fails once as a whole, writing nothing.
     */
    private static final class GroupCountingOrders implements WorkOrders {
        private final InMemoryWorkOrders inner;
        private volatile String failAcknowledgementOf;
        volatile String failQueueOf;
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger movesStored = new AtomicInteger();
        final AtomicInteger largestGroup = new AtomicInteger();

        GroupCountingOrders(InMemoryWorkOrders inner, String failAcknowledgementOf) {
            this.inner = inner;
            this.failAcknowledgementOf = failAcknowledgementOf;
        }

        @Override
        public Set<String> updateAll(List<WorkOrderMoves> moves) {
            largestGroup.accumulateAndGet(moves.size(), Math::max);
            for (WorkOrderMoves m : moves) {
                WorkOrderStatus to = m.last().status();
                if ((to == WorkOrderStatus.ACKNOWLEDGED && m.orderId().equals(failAcknowledgementOf))
                        || (to == WorkOrderStatus.QUEUED && m.orderId().equals(failQueueOf))) {
                    failAcknowledgementOf = moves.size() == 1 ? null : failAcknowledgementOf;
                    throw new IllegalStateException("storage failed for a group holding " + m.orderId());
                }
            }
            writes.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Set<String> stale = inner.updateAll(moves);
            movesStored.addAndGet(moves.size() - stale.size());
            return stale;
        }

        @Override
        public String nextId() {
            return inner.nextId();
        }

        @Override
        public void create(WorkOrder order, WorkOrderEvent drafted) {
            inner.create(order, drafted);
        }

        @Override
        public void update(WorkOrder next, WorkOrderEvent event) {
            inner.update(next, event);
        }

        @Override
        public Optional<WorkOrder> find(String id) {
            return inner.find(id);
        }

        @Override
        public Optional<WorkOrder> findOpen(ProblemKey problem, WorkOrderType type) {
            return inner.findOpen(problem, type);
        }

        @Override
        public List<WorkOrder> list(WorkOrderQuery query) {
            return inner.list(query);
        }

        @Override
        public List<WorkOrderEvent> history(String id) {
            return inner.history(id);
        }
    }
}
