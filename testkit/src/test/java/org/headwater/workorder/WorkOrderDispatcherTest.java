package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmms;
import org.headwater.testkit.InMemoryCmms.Fault;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.SettableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkOrderDispatcherTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 4, 0.5);

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private final InMemoryCmms cmms = new InMemoryCmms(clock);
    private final InMemoryCmmsOutbox outbox = new InMemoryCmmsOutbox();
    private final WorkOrderDispatcher dispatcher =
            new WorkOrderDispatcher(orders, cmms, outbox, audit, clock, new Random(7), POLICY, 4);

    /** A stored order a person approved. */
    static WorkOrder approved(WorkOrders orders, Instant at) {
        return ApprovedWorkOrders.stored(orders, at);
    }

    private void assertSentInOrder(WorkOrder order) {
        assertThat(orders.history(order.id()))
                .as("the order's moves, in order")
                .extracting(WorkOrderEvent::to)
                .endsWith(
                        WorkOrderStatus.APPROVED,
                        WorkOrderStatus.QUEUED,
                        WorkOrderStatus.SENT,
                        WorkOrderStatus.ACKNOWLEDGED);
    }

    private WorkOrder stored(WorkOrder order) {
        return orders.find(order.id()).orElseThrow();
    }

    @Test
    void anApprovedOrderIsQueuedSentAndAcknowledgedWithTheCmmsNumber() {
        WorkOrder order = approved(orders, T);

        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.queued()).isEqualTo(1);
        assertThat(pass.acknowledged()).isEqualTo(1);
        assertThat(pass.drained()).isTrue();
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(stored(order).cmmsReference()).isEqualTo("1001");
        assertSentInOrder(order);
        assertThat(audit.page(0, 10))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(order.id());
                    assertThat(e.details()).containsEntry("cmmsNumber", "1001").containsEntry("existed", "false");
                });
    }

    @Test
    void anUnavailableCmmsLeavesTheOrderQueuedUntilItsNextAttemptIsDue() {
        WorkOrder order = approved(orders, T);
        cmms.down(true);

        WorkOrderDispatcher.DispatchPass first = dispatcher.dispatchDue();
        WorkOrderDispatcher.DispatchPass tooSoon = dispatcher.dispatchDue();

        assertThat(first.retrying()).isEqualTo(1);
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.QUEUED);
        assertThat(tooSoon.waiting()).isEqualTo(1);
        assertThat(cmms.sends()).as("no attempt before the backoff ends").isEqualTo(1);
        Instant retryAt = dispatcher.nextAttempt(order.id()).orElseThrow();
        assertThat(retryAt).isBetween(T.plusSeconds(5), T.plusSeconds(10));

        cmms.down(false);
        clock.set(retryAt);
        WorkOrderDispatcher.DispatchPass later = dispatcher.dispatchDue();

        assertThat(later.acknowledged()).isEqualTo(1);
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(dispatcher.nextAttempt(order.id())).isEmpty();
        assertThat(audit.page(0, 20))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SEND_FAILED)
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("attempt", "1")
                        .containsEntry("error", "memory CMMS is down"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void eachWaitDoublesUpToTheCapLessAtMostTheJitterShare(long seed) {
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long full = Math.min(Duration.ofMinutes(5).toMillis(), 10_000L << (attempt - 1));

            Duration wait = POLICY.delayAfter(attempt, random);

            assertThat(wait.toMillis()).isBetween(full / 2, full);
        }
    }

    @Test
    void afterTheLastAttemptTheOrderIsMarkedFailedWithTheErrorAndCanBeQueuedAgain() {
        WorkOrder order = approved(orders, T);
        cmms.down(true);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            dispatcher.dispatchDue();
            clock.advance(POLICY.maxDelay());
        }

        WorkOrder failed = stored(order);
        assertThat(failed.status()).isEqualTo(WorkOrderStatus.SEND_FAILED);
        assertThat(failed.reason()).isEqualTo("gave up after 4 attempts: memory CMMS is down");
        assertThat(cmms.sends()).isEqualTo(4);
        assertThat(audit.page(0, 50))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SEND_FAILED)
                .extracting(AuditEvent::details)
                .last()
                .satisfies(d -> assertThat(d).containsEntry("final", "true"));

        cmms.down(false);
        WorkOrder retried = failed.queue(clock.instant());
        orders.update(retried, WorkOrderEvent.of(failed, retried, "amy", "retry"));
        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.acknowledged())
                .as("a retried order starts with a fresh count")
                .isEqualTo(1);
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
    }

    @Test
    void aRejectedOrderFailsAtOnceWithTheCmmsMessage() {
        WorkOrder order = approved(orders, T);
        cmms.failNext(Fault.REJECT);

        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.failed()).isEqualTo(1);
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.SEND_FAILED);
        assertThat(stored(order).reason()).isEqualTo("memory rejected it: BMXAA4195E - location is not valid");
        assertThat(cmms.sends()).isEqualTo(1);
    }

    @Test
    void anAttemptThatTimedOutAfterTheCmmsAcceptedItCreatesNoSecondRecord() {
        WorkOrder order = approved(orders, T);
        cmms.failNext(Fault.ACCEPT_THEN_TIME_OUT);

        dispatcher.dispatchDue();
        clock.advance(POLICY.maxDelay());
        dispatcher.dispatchDue();

        assertThat(cmms.sends()).isEqualTo(2);
        assertThat(cmms.records()).isEqualTo(1);
        assertThat(cmms.blindCreatesOfHeld())
                .as("the retry asked the CMMS first")
                .isZero();
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(audit.page(0, 20))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("existed", "true"));
    }

    @Test
    void anOrderCancelledWhileWaitingForItsRetryIsNeverSent() {
        WorkOrder order = approved(orders, T);
        cmms.down(true);
        dispatcher.dispatchDue();
        WorkOrder queued = stored(order);
        WorkOrder cancelled = queued.cancel("sam", "duplicate of a crew's own report", clock.instant());
        orders.update(cancelled, WorkOrderEvent.of(queued, cancelled, "sam", "cancelled"));

        cmms.down(false);
        clock.advance(POLICY.maxDelay());
        WorkOrderDispatcher.DispatchPass pass = dispatcher.dispatchDue();

        assertThat(pass.acknowledged()).isZero();
        assertThat(cmms.records()).isZero();
        assertThat(dispatcher.failedAttempts(order.id())).isZero();
    }

    @Test
    void oneAtATimeOrdersGoOutOldestFirstInOnePass() {
        WorkOrder first = approved(orders, T);
        clock.advance(Duration.ofSeconds(1));
        WorkOrder second = approved(orders, clock.instant());

        new WorkOrderDispatcher(orders, cmms, outbox, audit, clock, new Random(7), POLICY, 1).dispatchDue();

        assertThat(stored(first).cmmsReference()).isEqualTo("1001");
        assertThat(stored(second).cmmsReference()).isEqualTo("1002");
    }

    @Test
    void ordersAreSentConcurrentlyButNeverMoreAtOnceThanTheParallelism() {
        List<WorkOrder> approved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            approved.add(approved(orders, T));
        }
        SlowCmms slow = new SlowCmms(cmms);

        WorkOrderDispatcher.DispatchPass pass =
                new WorkOrderDispatcher(orders, slow, outbox, audit, clock, new Random(7), POLICY, 6).dispatchDue();

        assertThat(pass.acknowledged()).isEqualTo(40);
        assertThat(slow.mostAtOnce()).as("sends overlapped").isGreaterThan(1).isLessThanOrEqualTo(6);
        assertThat(cmms.records()).isEqualTo(40);
        for (WorkOrder order : approved) {
            assertSentInOrder(order);
        }
        assertThat(audit.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                .hasSize(40);
    }

    @Test
    void aRestartedDispatcherKeepsEachOrdersAttemptCountAndWaitsOutItsBackoff() {
        WorkOrder order = approved(orders, T);
        cmms.down(true);
        dispatcher.dispatchDue();
        clock.set(dispatcher.nextAttempt(order.id()).orElseThrow());
        dispatcher.dispatchDue();
        Instant retryAt = dispatcher.nextAttempt(order.id()).orElseThrow();

        WorkOrderDispatcher restarted =
                new WorkOrderDispatcher(orders, cmms, outbox, audit, clock, new Random(8), POLICY, 4);
        WorkOrderDispatcher.DispatchPass pass = restarted.dispatchDue();

        assertThat(pass.waiting()).as("not sent at once after the restart").isEqualTo(1);
        assertThat(cmms.sends()).isEqualTo(2);
        assertThat(restarted.failedAttempts(order.id())).isEqualTo(2);
        assertThat(restarted.nextAttempt(order.id())).contains(retryAt);

        cmms.down(false);
        clock.set(retryAt);
        restarted.dispatchDue();
        assertThat(stored(order).status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(outbox.list(OutboxAction.SEND))
                .as("retry state forgotten once sent")
                .isEmpty();
        assertThat(audit.page(0, 20))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("attempt", "3"));
    }

    /** Holds each send a moment and counts how many overlap. */
    private static final class SlowCmms implements CmmsGateway {
        private final CmmsGateway inner;
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        SlowCmms(CmmsGateway inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                return inner.send(order);
            } catch (InterruptedException e) {
                throw new CmmsUnavailable("interrupted", e);
            } finally {
                now.decrementAndGet();
            }
        }

        @Override
        public CmmsChanges changesSince(@Nullable String cursor) throws CmmsUnavailable {
            return inner.changesSince(cursor);
        }

        int mostAtOnce() {
            return most.get();
        }
    }
}
