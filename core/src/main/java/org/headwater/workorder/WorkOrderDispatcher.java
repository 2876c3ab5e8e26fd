package org.headwater.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.CmmsGateway.CmmsRejected;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;
import org.jspecify.annotations.Nullable;

/**
 * The work-order outbox: each pass moves approved orders to {@link WorkOrderStatus#QUEUED} and sends the queued ones
 * that are due through the {@link CmmsGateway}. The stored {@code QUEUED} status is the outbox itself, written in the
 * same step as the order's history, so an approved order survives any crash and is sent until the CMMS has it.
 *
 * <ul>
 *   <li>Sent: the order moves to {@code SENT} then {@code ACKNOWLEDGED} with the CMMS's number.
 *   <li>{@link CmmsUnavailable} (down, 5xx, timeout): the order stays queued and is tried again after
 *       {@link RetryPolicy#delayAfter}; after {@link RetryPolicy#maxAttempts} it moves to {@code SEND_FAILED}
 *       with the last error (visible; {@link WorkOrderDesk#retry} queues it again).
 *   <li>{@link CmmsRejected}: {@code SEND_FAILED} at once with the CMMS's message; retrying the same order will not
 *       help.
 * </ul>
 *
 * An attempt that timed out after the CMMS accepted it is harmless: the gateway finds the record an earlier attempt
 * created (by Headwater's id) instead of creating a second. Attempt counts and next-attempt times are kept in the
 * {@link CmmsOutbox}, so after a restart each order waits out its backoff instead of everything being sent at once.
 *
 * <p>Orders are sent concurrently, at most {@code parallelism} at a time, on virtual threads; all work on one order
 * runs in one task, so an order's moves stay in order. One call of {@link #dispatchDue()} is one pass; passes do not
 * overlap, and the application schedules them.
 */
public final class WorkOrderDispatcher {

    private static final System.Logger LOG = System.getLogger(WorkOrderDispatcher.class.getName());

    private final WorkOrders orders;
    private final CmmsGateway gateway;
    private final CmmsOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final RandomGenerator random;
    private final RetryPolicy policy;
    private final int parallelism;
    private final String actor;

    /** @param parallelism the most orders sent at the same time (at least 1) */
    public WorkOrderDispatcher(
            WorkOrders orders,
            CmmsGateway gateway,
            CmmsOutbox outbox,
            AuditTrail audit,
            Clock clock,
            RandomGenerator random,
            RetryPolicy policy,
            int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism: must be at least 1, got " + parallelism);
        }
        this.orders = orders;
        this.gateway = gateway;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
        this.policy = policy;
        this.parallelism = parallelism;
        this.actor = "system:cmms-" + gateway.name();
    }

    /** One pass: queue what was approved, then send every queued order whose next attempt is due. */
    public synchronized DispatchPass dispatchDue() {
        Tally tally = new Tally();
        List<WorkOrder> queued = oldestFirst(WorkOrderStatus.QUEUED);
        List<WorkOrder> approved = oldestFirst(WorkOrderStatus.APPROVED);
        Map<String, OutboxEntry> retries = retryStates(queued);
        Instant now = clock.instant();
        inParallel(queued, order -> {
            OutboxEntry retry = retries.get(order.id());
            if (retry != null && !retry.dueAt(now)) {
                tally.waiting.incrementAndGet();
            } else {
                send(order, retry, tally);
            }
        });
        // a freshly approved order has no retry state: queue it and send it in the same task
        inParallel(approved, order -> queue(order, tally).ifPresent(q -> send(q, null, tally)));
        return tally.pass();
    }

    /** When a queued order that failed will be tried next; empty when it has not failed (it is due now). */
    public Optional<Instant> nextAttempt(String orderId) {
        return outbox.find(orderId, OutboxAction.SEND).map(OutboxEntry::nextAttempt);
    }

    /** How many attempts to send this queued order have failed so far. */
    public int failedAttempts(String orderId) {
        return outbox.find(orderId, OutboxAction.SEND)
                .map(OutboxEntry::failures)
                .orElse(0);
    }

    /** The stored retry states of the queued orders; those of orders that left the outbox are forgotten. */
    private Map<String, OutboxEntry> retryStates(List<WorkOrder> queued) {
        Set<String> queuedIds = queued.stream().map(WorkOrder::id).collect(Collectors.toSet());
        Map<String, OutboxEntry> retries = new LinkedHashMap<>();
        for (OutboxEntry entry : outbox.list(OutboxAction.SEND)) {
            if (queuedIds.contains(entry.orderId())) {
                retries.put(entry.orderId(), entry);
            } else if (queued.size() < WorkOrderQuery.MOST) {
                // sent, cancelled or synced back: a later "send again" starts afresh
                outbox.remove(entry);
            }
        }
        return retries;
    }

    /** Runs the work on each order, at most {@code parallelism} at a time; the first failure is rethrown at the end. */
    private void inParallel(List<WorkOrder> batch, Consumer<WorkOrder> work) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Semaphore permits = new Semaphore(parallelism);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WorkOrder order : batch) {
                permits.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        work.accept(order);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "dispatching work order " + order.id() + " failed", e);
                        failure.compareAndSet(null, e);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private Optional<WorkOrder> queue(WorkOrder approved, Tally tally) {
        WorkOrder queued = approved.queue(clock.instant());
        if (store(approved, queued, "queued for " + gateway.name())) {
            tally.queued.incrementAndGet();
            return Optional.of(queued);
        }
        tally.conflicts.incrementAndGet();
        return Optional.empty();
    }

    private void send(WorkOrder order, @Nullable OutboxEntry retry, Tally tally) {
        int attempt = retry == null ? 1 : retry.failures() + 1;
        CmmsReceipt receipt;
        try {
            receipt = gateway.send(order);
        } catch (CmmsRejected e) {
            forget(retry);
            fail(order, gateway.name() + " rejected it: " + e.getMessage(), attempt, tally);
            return;
        } catch (CmmsUnavailable | RuntimeException e) {
            // a connector fault is treated like an outage: bounded retries, then visible, never lost
            unavailable(order, retry, attempt, String.valueOf(e.getMessage()), tally);
            return;
        }
        forget(retry);
        acknowledge(order, receipt, attempt, tally);
    }

    private void forget(@Nullable OutboxEntry retry) {
        if (retry != null) {
            outbox.remove(retry);
        }
    }

    private void acknowledge(WorkOrder order, CmmsReceipt receipt, int attempt, Tally tally) {
        Instant now = clock.instant();
        WorkOrder sent = order.sent(now);
        if (!store(order, sent, "sent to " + gateway.name())) {
            // status sync or a person moved it meanwhile; the CMMS holds it either way
            tally.conflicts.incrementAndGet();
            return;
        }
        audit.append(
                actor,
                AuditAction.WORK_ORDER_SENT,
                order.id(),
                details(
                        "cmms", gateway.name(),
                        "cmmsNumber", receipt.cmmsNumber(),
                        "cmmsStatus", receipt.cmmsStatus(),
                        "existed", Boolean.toString(receipt.existed()),
                        "attempt", Integer.toString(attempt)));
        WorkOrder acknowledged = sent.acknowledged(receipt.cmmsNumber(), now);
        if (!store(sent, acknowledged, "acknowledged by " + gateway.name() + " as " + receipt.cmmsNumber())) {
            tally.conflicts.incrementAndGet();
            return;
        }
        tally.acknowledged.incrementAndGet();
        // an order found from an earlier attempt may already be further along in the CMMS
        if (receipt.status() != WorkOrderStatus.ACKNOWLEDGED
                && WorkOrderTransitions.isAllowed(WorkOrderStatus.ACKNOWLEDGED, receipt.status())) {
            WorkOrder further = acknowledged.synced(receipt.status(), receipt.cmmsNumber(), null, now);
            store(acknowledged, further, gateway.name() + " reports " + receipt.cmmsStatus());
        }
    }

    private void unavailable(WorkOrder order, @Nullable OutboxEntry retry, int attempt, String error, Tally t) {
        if (attempt >= policy.maxAttempts()) {
            forget(retry);
            fail(order, "gave up after " + attempt + " attempts: " + error, attempt, t);
            return;
        }
        Instant retryAt = clock.instant().plus(backoff(attempt));
        if (retry == null) {
            outbox.put(OutboxEntry.sendFailed(order.id(), error, retryAt));
        } else {
            outbox.replace(retry.failed(error, retryAt));
        }
        audit.append(
                actor,
                AuditAction.WORK_ORDER_SEND_FAILED,
                order.id(),
                details(
                        "cmms", gateway.name(),
                        "attempt", Integer.toString(attempt),
                        "error", error,
                        "retryAt", retryAt.toString()));
        t.retrying.incrementAndGet();
    }

    // the random generator is shared by the pass's threads and need not be thread-safe
    private Duration backoff(int attempt) {
        synchronized (random) {
            return policy.delayAfter(attempt, random);
        }
    }

    private void fail(WorkOrder order, String error, int attempt, Tally tally) {
        WorkOrder failed = order.sendFailed(error, clock.instant());
        if (!store(order, failed, error)) {
            tally.conflicts.incrementAndGet();
            return;
        }
        audit.append(
                actor,
                AuditAction.WORK_ORDER_SEND_FAILED,
                order.id(),
                details("cmms", gateway.name(), "attempt", Integer.toString(attempt), "error", error, "final", "true"));
        tally.failed.incrementAndGet();
    }

    /** Stores the move; false when someone else changed the order first (it is left as they made it). */
    private boolean store(WorkOrder before, WorkOrder after, String note) {
        try {
            orders.update(after, WorkOrderEvent.of(before, after, actor, note));
            return true;
        } catch (WorkOrders.StaleWorkOrder e) {
            LOG.log(System.Logger.Level.INFO, "work order {0} changed while dispatching: {1}", before.id(), note);
            return false;
        }
    }

    private List<WorkOrder> oldestFirst(WorkOrderStatus status) {
        return orders.list(WorkOrderQuery.inStatus(Set.of(status), WorkOrderQuery.MOST))
                .reversed();
    }

    private static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }

    private static final class Tally {
        final AtomicInteger queued = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger retrying = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();

        DispatchPass pass() {
            return new DispatchPass(
                    queued.get(), acknowledged.get(), retrying.get(), failed.get(), waiting.get(), conflicts.get());
        }
    }

    /**
     * What one pass did.
     *
     * @param queued approved orders moved into the outbox
     * @param acknowledged orders the CMMS took (or already held) and numbered
     * @param retrying orders that failed this time and wait for their next attempt
     * @param failed orders moved to {@code SEND_FAILED} (rejected, or out of attempts)
     * @param waiting queued orders whose next attempt is not due yet
     * @param conflicts orders someone else changed during the pass, left as they made them
     */
    public record DispatchPass(int queued, int acknowledged, int retrying, int failed, int waiting, int conflicts) {

        /** True when nothing is left in the outbox after this pass. */
        public boolean drained() {
            return retrying == 0 && waiting == 0;
        }
    }
}
