package org.headwater.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
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
 *   <li>Edits of an order the CMMS holds open, and cancellations of an order that may have reached it, are owed
 *       through {@link CmmsOutbox} entries the {@link WorkOrderDesk} records; each is sent with the same backoff,
 *       dropped when the order no longer needs it, and audited ({@code workorder.cmms-updated},
 *       {@code workorder.cmms-cancelled}, {@code workorder.cmms-change-failed}).
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
    private final GroupedMoves grouped;

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
        this.grouped = new GroupedMoves(orders);
    }

    /**
     * One pass: queue what was approved and send every queued order whose next attempt is due, then send the edits
     * and cancellations owed for orders the CMMS may hold.
     */
    public synchronized DispatchPass dispatchDue() {
        Tally tally = new Tally();
        List<WorkOrder> queued = oldestFirst(WorkOrderStatus.QUEUED);
        List<WorkOrder> approved = oldestFirst(WorkOrderStatus.APPROVED);
        Map<String, OutboxEntry> retries = retryStates(queued);
        Instant now = clock.instant();
        inParallel(queued, WorkOrder::id, order -> {
            OutboxEntry retry = retries.get(order.id());
            if (retry != null && !retry.dueAt(now)) {
                tally.waiting.incrementAndGet();
            } else {
                send(order, retry, false, tally);
            }
        });
        // a freshly approved order has no retry state: queue it and send it in the same task
        inParallel(approved, WorkOrder::id, order -> queue(order, tally).ifPresent(q -> send(q, null, true, tally)));
        // after the sends, so an order reaches the CMMS before its edits; one task per order: its edit, then its cancel
        inParallel(
                List.copyOf(changesOwed(now, tally).values()), e -> e.getFirst().orderId(), entries -> {
                    for (OutboxEntry entry : entries) {
                        change(entry, tally);
                    }
                });
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
        List<OutboxEntry> leftTheQueue = new ArrayList<>();
        for (OutboxEntry entry : outbox.list(OutboxAction.SEND)) {
            if (queuedIds.contains(entry.orderId())) {
                retries.put(entry.orderId(), entry);
            } else if (queued.size() < WorkOrderQuery.MOST) {
                // sent, cancelled or synced back: a later "send again" starts afresh
                leftTheQueue.add(entry);
            }
        }
        outbox.removeAll(leftTheQueue);
        return retries;
    }

    /** The due edits and cancellations by order, each order's edit before its cancel. */
    private Map<String, List<OutboxEntry>> changesOwed(Instant now, Tally tally) {
        Map<String, List<OutboxEntry>> byOrder = new LinkedHashMap<>();
        for (OutboxAction action : List.of(OutboxAction.UPDATE, OutboxAction.CANCEL)) {
            for (OutboxEntry entry : outbox.list(action)) {
                if (entry.dueAt(now)) {
                    byOrder.computeIfAbsent(entry.orderId(), id -> new ArrayList<>())
                            .add(entry);
                } else {
                    tally.waiting.incrementAndGet();
                }
            }
        }
        return byOrder;
    }

    /** Runs the work on each item, at most {@code parallelism} at a time; the first failure is rethrown at the end. */
    private <T> void inParallel(List<T> batch, Function<T, String> name, Consumer<T> work) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Semaphore permits = new Semaphore(parallelism);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : batch) {
                permits.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        work.accept(item);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "dispatching " + name.apply(item) + " failed", e);
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

    /** Sends one owed edit or cancellation; it is dropped when the order no longer needs it. */
    private void change(OutboxEntry entry, Tally tally) {
        WorkOrder order = orders.find(entry.orderId()).orElse(null);
        if (order == null || !stillOwed(entry, order)) {
            outbox.remove(entry);
            return;
        }
        int attempt = entry.failures() + 1;
        Optional<CmmsReceipt> receipt;
        try {
            receipt = entry.action() == OutboxAction.UPDATE
                    ? gateway.update(order, entry.fields())
                    : gateway.cancel(order, entry.reason() == null ? "cancelled" : entry.reason());
            if (receipt.isEmpty() && entry.action() == OutboxAction.UPDATE) {
                throw new CmmsRejected(gateway.name() + " holds no record of " + order.id());
            }
        } catch (CmmsRejected e) {
            outbox.remove(entry);
            changeFailed(entry, attempt, gateway.name() + " rejected it: " + e.getMessage(), null);
            tally.failed.incrementAndGet();
            return;
        } catch (CmmsUnavailable | RuntimeException e) {
            String error = String.valueOf(e.getMessage());
            if (attempt >= policy.maxAttempts()) {
                outbox.remove(entry);
                changeFailed(entry, attempt, "gave up after " + attempt + " attempts: " + error, null);
                tally.failed.incrementAndGet();
            } else {
                Instant retryAt = clock.instant().plus(backoff(attempt));
                outbox.replace(entry.failed(error, retryAt));
                changeFailed(entry, attempt, error, retryAt);
                tally.retrying.incrementAndGet();
            }
            return;
        }
        outbox.remove(entry);
        Map<String, String> details = details("cmms", gateway.name(), "attempt", Integer.toString(attempt));
        receipt.ifPresentOrElse(
                r -> {
                    details.put("cmmsNumber", r.cmmsNumber());
                    details.put("cmmsStatus", r.cmmsStatus());
                },
                () -> details.put("held", "false"));
        if (entry.action() == OutboxAction.UPDATE) {
            details.put("fields", String.join(",", entry.fields()));
            audit.append(actor, AuditAction.WORK_ORDER_CMMS_UPDATED, order.id(), details);
        } else {
            audit.append(actor, AuditAction.WORK_ORDER_CMMS_CANCELLED, order.id(), details);
        }
        tally.changed.incrementAndGet();
    }

    /** An edit is owed while the CMMS holds the order open; a cancel once the order was cancelled here. */
    private static boolean stillOwed(OutboxEntry entry, WorkOrder order) {
        return entry.action() == OutboxAction.UPDATE
                ? order.status().editableInCmms()
                : order.status() == WorkOrderStatus.CANCELLED;
    }

    private void changeFailed(OutboxEntry entry, int attempt, String error, @Nullable Instant retryAt) {
        Map<String, String> details = details(
                "cmms", gateway.name(),
                "change", entry.action().name().toLowerCase(Locale.ROOT),
                "attempt", Integer.toString(attempt),
                "error", error);
        details.put(retryAt == null ? "final" : "retryAt", retryAt == null ? "true" : retryAt.toString());
        audit.append(actor, AuditAction.WORK_ORDER_CMMS_CHANGE_FAILED, entry.orderId(), details);
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

    /** @param fresh queued by this task just now: no earlier attempt can have reached the CMMS */
    private void send(WorkOrder order, @Nullable OutboxEntry retry, boolean fresh, Tally tally) {
        int attempt = retry == null ? 1 : retry.failures() + 1;
        CmmsReceipt receipt;
        try {
            receipt = fresh ? gateway.sendFirstAttempt(order) : gateway.send(order);
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
        WorkOrder acknowledged = sent.acknowledged(receipt.cmmsNumber(), now);
        // sent and acknowledged are stored together: a crash leaves the order queued (sent again, found by its id)
        WorkOrderMoves moves = WorkOrderMoves.of(order, sent, actor, "sent to " + gateway.name())
                .then(acknowledged, actor, "acknowledged by " + gateway.name() + " as " + receipt.cmmsNumber());
        // an order found from an earlier attempt may already be further along in the CMMS
        if (receipt.status() != WorkOrderStatus.ACKNOWLEDGED
                && WorkOrderTransitions.isAllowed(WorkOrderStatus.ACKNOWLEDGED, receipt.status())) {
            WorkOrder further = acknowledged.synced(receipt.status(), receipt.cmmsNumber(), null, now);
            moves = moves.then(further, actor, gateway.name() + " reports " + receipt.cmmsStatus());
        }
        if (!store(moves)) {
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
        tally.acknowledged.incrementAndGet();
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
        return store(WorkOrderMoves.of(before, after, actor, note));
    }

    private boolean store(WorkOrderMoves moves) {
        if (grouped.store(moves)) {
            return true;
        }
        LOG.log(
                System.Logger.Level.INFO,
                "work order {0} changed while dispatching: {1}",
                moves.orderId(),
                moves.events().getLast().note());
        return false;
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
        final AtomicInteger changed = new AtomicInteger();

        DispatchPass pass() {
            return new DispatchPass(
                    queued.get(),
                    acknowledged.get(),
                    retrying.get(),
                    failed.get(),
                    waiting.get(),
                    conflicts.get(),
                    changed.get());
        }
    }

    /**
     * What one pass did.
     *
     * @param queued approved orders moved into the outbox
     * @param acknowledged orders the CMMS took (or already held) and numbered
     * @param retrying orders (or their edits and cancellations) that failed this time and wait for their next attempt
     * @param failed orders moved to {@code SEND_FAILED} (rejected, or out of attempts), and edits and cancellations
     *     given up on
     * @param waiting queued orders, edits and cancellations whose next attempt is not due yet
     * @param conflicts orders someone else changed during the pass, left as they made them
     * @param changed edits and cancellations the CMMS took
     */
    public record DispatchPass(
            int queued, int acknowledged, int retrying, int failed, int waiting, int conflicts, int changed) {

        /** True when nothing is left in the outbox after this pass. */
        public boolean drained() {
            return retrying == 0 && waiting == 0;
        }
    }
}
