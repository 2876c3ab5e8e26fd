package org.headwater.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.CmmsGateway.CmmsRejected;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;

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
 * created (by Headwater's id) instead of creating a second. Attempt counts and next-attempt times live in this object:
 * after a restart every queued order is due at once, which the gateway's idempotency makes safe.
 *
 * <p>No threads inside: one call of {@link #dispatchDue()} is one pass, and the application schedules it.
 */
public final class WorkOrderDispatcher {

    private static final System.Logger LOG = System.getLogger(WorkOrderDispatcher.class.getName());

    private final WorkOrders orders;
    private final CmmsGateway gateway;
    private final AuditTrail audit;
    private final Clock clock;
    private final RandomGenerator random;
    private final RetryPolicy policy;
    private final String actor;
    private final Map<String, Attempts> attempts = new HashMap<>();

    public WorkOrderDispatcher(
            WorkOrders orders,
            CmmsGateway gateway,
            AuditTrail audit,
            Clock clock,
            RandomGenerator random,
            RetryPolicy policy) {
        this.orders = orders;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
        this.policy = policy;
        this.actor = "system:cmms-" + gateway.name();
    }

    /** One pass: queue what was approved, then send every queued order whose next attempt is due. */
    public synchronized DispatchPass dispatchDue() {
        Tally tally = new Tally();
        for (WorkOrder approved : oldestFirst(WorkOrderStatus.APPROVED)) {
            queue(approved, tally);
        }
        List<WorkOrder> queued = oldestFirst(WorkOrderStatus.QUEUED);
        // forget orders that left the outbox (sent, cancelled, synced back) so a later retry starts afresh
        attempts.keySet().retainAll(queued.stream().map(WorkOrder::id).collect(Collectors.toSet()));
        Instant now = clock.instant();
        for (WorkOrder order : queued) {
            Attempts previous = attempts.get(order.id());
            if (previous != null && previous.nextAttempt().isAfter(now)) {
                tally.waiting++;
                continue;
            }
            send(order, previous == null ? 0 : previous.failures(), tally);
        }
        return tally.pass();
    }

    /** When a queued order that failed will be tried next; empty when it has not failed (it is due now). */
    public synchronized Optional<Instant> nextAttempt(String orderId) {
        return Optional.ofNullable(attempts.get(orderId)).map(Attempts::nextAttempt);
    }

    /** How many attempts to send this queued order have failed so far. */
    public synchronized int failedAttempts(String orderId) {
        Attempts a = attempts.get(orderId);
        return a == null ? 0 : a.failures();
    }

    private void queue(WorkOrder approved, Tally tally) {
        WorkOrder queued = approved.queue(clock.instant());
        if (store(approved, queued, "queued for " + gateway.name())) {
            tally.queued++;
        } else {
            tally.conflicts++;
        }
    }

    private void send(WorkOrder order, int failuresSoFar, Tally tally) {
        int attempt = failuresSoFar + 1;
        CmmsReceipt receipt;
        try {
            receipt = gateway.send(order);
        } catch (CmmsRejected e) {
            attempts.remove(order.id());
            fail(order, gateway.name() + " rejected it: " + e.getMessage(), attempt, tally);
            return;
        } catch (CmmsUnavailable | RuntimeException e) {
            // a connector fault is treated like an outage: bounded retries, then visible, never lost
            unavailable(order, attempt, String.valueOf(e.getMessage()), tally);
            return;
        }
        attempts.remove(order.id());
        acknowledge(order, receipt, attempt, tally);
    }

    private void acknowledge(WorkOrder order, CmmsReceipt receipt, int attempt, Tally tally) {
        Instant now = clock.instant();
        WorkOrder sent = order.sent(now);
        if (!store(order, sent, "sent to " + gateway.name())) {
            // status sync or a person moved it meanwhile; the CMMS holds it either way
            tally.conflicts++;
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
            tally.conflicts++;
            return;
        }
        tally.acknowledged++;
        // an order found from an earlier attempt may already be further along in the CMMS
        if (receipt.status() != WorkOrderStatus.ACKNOWLEDGED
                && WorkOrderTransitions.isAllowed(WorkOrderStatus.ACKNOWLEDGED, receipt.status())) {
            WorkOrder further = acknowledged.synced(receipt.status(), receipt.cmmsNumber(), null, now);
            store(acknowledged, further, gateway.name() + " reports " + receipt.cmmsStatus());
        }
    }

    private void unavailable(WorkOrder order, int attempt, String error, Tally tally) {
        if (attempt >= policy.maxAttempts()) {
            attempts.remove(order.id());
            fail(order, "gave up after " + attempt + " attempts: " + error, attempt, tally);
            return;
        }
        Instant retryAt = clock.instant().plus(policy.delayAfter(attempt, random));
        attempts.put(order.id(), new Attempts(attempt, retryAt));
        audit.append(
                actor,
                AuditAction.WORK_ORDER_SEND_FAILED,
                order.id(),
                details(
                        "cmms", gateway.name(),
                        "attempt", Integer.toString(attempt),
                        "error", error,
                        "retryAt", retryAt.toString()));
        tally.retrying++;
    }

    private void fail(WorkOrder order, String error, int attempt, Tally tally) {
        WorkOrder failed = order.sendFailed(error, clock.instant());
        if (!store(order, failed, error)) {
            tally.conflicts++;
            return;
        }
        audit.append(
                actor,
                AuditAction.WORK_ORDER_SEND_FAILED,
                order.id(),
                details("cmms", gateway.name(), "attempt", Integer.toString(attempt), "error", error, "final", "true"));
        tally.failed++;
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

    private record Attempts(int failures, Instant nextAttempt) {}

    private static final class Tally {
        int queued;
        int acknowledged;
        int retrying;
        int failed;
        int waiting;
        int conflicts;

        DispatchPass pass() {
            return new DispatchPass(queued, acknowledged, retrying, failed, waiting, conflicts);
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
