package org.headwater.workorder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;
import org.jspecify.annotations.Nullable;

/**
 * Brings the CMMS's status changes back into Headwater: each pass asks the gateway for the changes since the saved
 * cursor, applies each with {@link WorkOrder#synced}, and saves the new cursor in {@link CmmsCursors} so a restart
 * resumes where the last pass ended.
 *
 * <ul>
 *   <li>A change the order already reflects changes nothing (a re-read page, a replayed callback).
 *   <li>A change the lifecycle table does not allow from the order's status (an older status arriving after a newer
 *       one) is skipped and counted as out of order.
 *   <li>A change for an order Headwater does not know is reported and logged, never thrown: one stray record in the
 *       CMMS must not stop the sync of every other order.
 *   <li>A change for an order still queued or marked failed to send means an attempt that timed out reached the
 *       CMMS after all: the order is moved to sent first, then to the reported status.
 * </ul>
 *
 * The cursor is saved only when every change of the pass was applied or deliberately skipped, so a conflict with a
 * concurrent update is read again next pass. No threads inside: one call of {@link #syncOnce()} is one pass.
 */
public final class WorkOrderStatusSync {

    private static final System.Logger LOG = System.getLogger(WorkOrderStatusSync.class.getName());
    private static final int TRIES_PER_CHANGE = 3;

    private final WorkOrders orders;
    private final CmmsGateway gateway;
    private final CmmsCursors cursors;
    private final AuditTrail audit;
    private final Clock clock;
    private final String actor;

    public WorkOrderStatusSync(
            WorkOrders orders, CmmsGateway gateway, CmmsCursors cursors, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.cursors = cursors;
        this.audit = audit;
        this.clock = clock;
        this.actor = "system:cmms-" + gateway.name();
    }

    /** One pass over the changes since the saved cursor. Never throws for the CMMS's answers: see the pass. */
    public synchronized SyncPass syncOnce() {
        String cursor = cursors.find(gateway.name()).orElse(null);
        CmmsChanges changes;
        try {
            changes = gateway.changesSince(cursor);
        } catch (CmmsUnavailable e) {
            return SyncPass.failed(cursor, gateway.name() + " unavailable: " + e.getMessage());
        } catch (RuntimeException e) {
            // an unknown status code or a malformed page: said clearly, cursor kept, nothing skipped silently
            LOG.log(System.Logger.Level.WARNING, "status sync from " + gateway.name() + " failed", e);
            return SyncPass.failed(cursor, gateway.name() + ": " + e.getMessage());
        }
        Tally tally = new Tally();
        changes.changes().stream()
                .sorted(Comparator.comparing(CmmsStatusChange::changedAt))
                .forEach(change -> apply(change, tally));
        String next = cursor;
        if (!tally.retryLater && !changes.cursor().equals(cursor)) {
            cursors.save(gateway.name(), changes.cursor());
            next = changes.cursor();
        }
        return new SyncPass(
                tally.applied,
                tally.unchanged,
                tally.outOfOrder,
                tally.unknown,
                tally.problems,
                next,
                tally.retryLater ? "changed meanwhile; the same changes are read again next pass" : null);
    }

    /**
     * Applies one change the CMMS reported on its own (a signed callback) with the same rules as a pass, and says
     * what came of it. Never throws for the change's content: an unknown order or an out-of-order move is an
     * outcome.
     */
    public synchronized Applied apply(CmmsStatusChange change) {
        for (int tries = 0; tries < TRIES_PER_CHANGE; tries++) {
            Optional<WorkOrder> found = orders.find(change.workOrderId());
            if (found.isEmpty()) {
                String problem = gateway.name() + " " + change.cmmsNumber() + " names work order "
                        + change.workOrderId() + ", which Headwater does not know; ignored";
                LOG.log(System.Logger.Level.WARNING, problem);
                return new Applied(Outcome.UNKNOWN_ORDER, null, problem);
            }
            try {
                return applyTo(found.get(), change);
            } catch (WorkOrders.StaleWorkOrder e) {
                // the dispatcher or a person changed it between our read and write: read again
            }
        }
        return new Applied(
                Outcome.CHANGED_MEANWHILE,
                orders.find(change.workOrderId()).orElse(null),
                "work order " + change.workOrderId() + " changed meanwhile " + TRIES_PER_CHANGE
                        + " times; send the change again");
    }

    private void apply(CmmsStatusChange change, Tally tally) {
        Applied applied = apply(change);
        switch (applied.outcome()) {
            case APPLIED -> tally.applied++;
            case UNCHANGED -> tally.unchanged++;
            case OUT_OF_ORDER -> tally.outOfOrder++;
            case UNKNOWN_ORDER -> tally.unknown++;
            case CHANGED_MEANWHILE -> tally.retryLater = true;
        }
        if (applied.problem() != null && applied.outcome() != Outcome.CHANGED_MEANWHILE) {
            tally.problems.add(applied.problem());
        }
    }

    private Applied applyTo(WorkOrder order, CmmsStatusChange change) {
        WorkOrder current = order;
        WorkOrderStatus reported = change.status();
        if (reported == current.status()) {
            WorkOrder same = current.synced(reported, change.cmmsNumber(), change.notes(), clock.instant());
            if (same == current) {
                return new Applied(Outcome.UNCHANGED, current, null);
            }
            store(current, same, change);
            return new Applied(Outcome.APPLIED, same, null);
        }
        if (current.status() == WorkOrderStatus.SEND_FAILED || current.status() == WorkOrderStatus.QUEUED) {
            current = reachedTheCmms(current, change);
        }
        if (current.status() == WorkOrderStatus.SENT
                && !WorkOrderTransitions.isAllowed(WorkOrderStatus.SENT, reported)
                && WorkOrderTransitions.isAllowed(WorkOrderStatus.ACKNOWLEDGED, reported)) {
            WorkOrder acknowledged =
                    current.synced(WorkOrderStatus.ACKNOWLEDGED, change.cmmsNumber(), null, clock.instant());
            orders.update(acknowledged, WorkOrderEvent.of(current, acknowledged, actor, "held by the CMMS"));
            current = acknowledged;
        }
        if (!WorkOrderTransitions.isAllowed(current.status(), reported)) {
            return new Applied(
                    Outcome.OUT_OF_ORDER,
                    current,
                    gateway.name() + " reports " + change.cmmsStatus() + " (" + reported + ") for " + order.id()
                            + ", which is already " + current.status() + "; skipped as out of order");
        }
        WorkOrder next = current.synced(reported, change.cmmsNumber(), change.notes(), clock.instant());
        store(current, next, change);
        return new Applied(Outcome.APPLIED, next, null);
    }

    /** The CMMS holds an order we still thought queued or failed: an attempt reached it after all. */
    private WorkOrder reachedTheCmms(WorkOrder order, CmmsStatusChange change) {
        WorkOrder current = order;
        String note = gateway.name() + " holds it as " + change.cmmsNumber();
        if (current.status() == WorkOrderStatus.SEND_FAILED) {
            WorkOrder queued = current.queue(clock.instant());
            orders.update(queued, WorkOrderEvent.of(current, queued, actor, note));
            current = queued;
        }
        WorkOrder sent = current.sent(clock.instant());
        orders.update(sent, WorkOrderEvent.of(current, sent, actor, note));
        return sent;
    }

    private void store(WorkOrder before, WorkOrder after, CmmsStatusChange change) {
        String note = gateway.name() + " " + change.cmmsNumber() + " is " + change.cmmsStatus()
                + (change.notes() == null ? "" : ": " + change.notes());
        orders.update(after, WorkOrderEvent.of(before, after, actor, note));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("cmms", gateway.name());
        details.put("cmmsNumber", change.cmmsNumber());
        details.put("cmmsStatus", change.cmmsStatus());
        details.put("status", after.status().name());
        details.put("changedAt", change.changedAt().toString());
        audit.append(actor, AuditAction.WORK_ORDER_SYNCED, after.id(), details);
    }

    private static final class Tally {
        int applied;
        int unchanged;
        int outOfOrder;
        int unknown;
        boolean retryLater;
        final List<String> problems = new ArrayList<>();
    }

    /** What came of one change. */
    public enum Outcome {
        /** The order moved, or took the CMMS's number or notes. */
        APPLIED,
        /** The order already reflected it (a replay). */
        UNCHANGED,
        /** The lifecycle does not allow it from where the order is (an older status after a newer one). */
        OUT_OF_ORDER,
        /** No order has the id it names. */
        UNKNOWN_ORDER,
        /** Others changed the order on every try: the change should be sent or read again. */
        CHANGED_MEANWHILE
    }

    /**
     * One change's outcome.
     *
     * @param outcome what happened
     * @param order the order afterwards, or null when it is unknown
     * @param problem why it was not applied, naming the order and the CMMS's record, or null
     */
    public record Applied(
            Outcome outcome,
            @Nullable WorkOrder order,
            @Nullable String problem) {}

    /**
     * What one pass did.
     *
     * @param applied changes that moved an order or added its notes
     * @param unchanged changes the order already reflected
     * @param outOfOrder changes skipped because the order had moved past them
     * @param unknownOrders changes naming an order Headwater does not know (reported in {@code problems})
     * @param problems one line per skipped change, naming the order and the CMMS's record
     * @param cursor the cursor the next pass starts from
     * @param error why the pass stopped early or will re-read its changes (CMMS unavailable, an unknown status code,
     *     a conflict), or null
     */
    public record SyncPass(
            int applied,
            int unchanged,
            int outOfOrder,
            int unknownOrders,
            List<String> problems,
            @Nullable String cursor,
            @Nullable String error) {

        public SyncPass {
            problems = List.copyOf(problems);
        }

        static SyncPass failed(@Nullable String cursor, String error) {
            return new SyncPass(0, 0, 0, 0, List.of(), cursor, error);
        }
    }
}
