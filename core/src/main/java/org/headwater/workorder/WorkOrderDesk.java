package org.headwater.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;

/**
 * What people do with orders: approve, edit then approve, reject with a reason, approve in bulk, cancel, and retry
 * one that failed to send. Each checks who may do it ({@link ApprovalRoutes}), refuses a stale version, and writes
 * the history and the audit trail.
 */
public final class WorkOrderDesk {

    private final WorkOrders orders;
    private final CmmsOutbox outbox;
    private final ApprovalRoutes routes;
    private final Function<String, Set<String>> rolesOf;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param outbox where edits and cancellations of orders the CMMS may hold are recorded for the dispatcher
     * @param rolesOf the roles a user holds, by user name (empty for an unknown user)
     */
    public WorkOrderDesk(
            WorkOrders orders,
            CmmsOutbox outbox,
            ApprovalRoutes routes,
            Function<String, Set<String>> rolesOf,
            AuditTrail audit,
            Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.routes = routes;
        this.rolesOf = rolesOf;
        this.audit = audit;
        this.clock = clock;
    }

    public WorkOrder approve(String id, long version, String user) {
        WorkOrder order = current(id, version);
        requireApprover(order, user);
        WorkOrder approved = order.approve(user, clock.instant());
        orders.update(approved, WorkOrderEvent.of(order, approved, user, "approved"));
        audit.append(
                user,
                AuditAction.WORK_ORDER_APPROVED,
                id,
                Map.of("type", order.content().type().name()));
        return approved;
    }

    /** Edits the draft (the diff is kept) and approves the edited order in one step. */
    public WorkOrder editAndApprove(String id, long version, WorkOrderContent edited, String user) {
        WorkOrder order = current(id, version);
        requireApprover(order, user);
        WorkOrder changed = edit(order, edited, user);
        return approve(id, changed.version(), user);
    }

    /** Edits a draft, or an order the CMMS holds open (the outbox sends the changed fields on). */
    public WorkOrder edit(String id, long version, WorkOrderContent edited, String user) {
        WorkOrder order = current(id, version);
        requireApprover(order, user);
        return edit(order, edited, user);
    }

    public WorkOrder reject(String id, long version, String reason, String user) {
        return end(
                id,
                version,
                user,
                AuditAction.WORK_ORDER_REJECTED,
                order -> order.reject(user, reason, clock.instant()),
                reason);
    }

    /**
     * Approves each order the user may approve; the others are reported with why, and one refusal does not stop
     * the rest.
     *
     * @param versions the version the user saw, by order id
     */
    public BulkApproval approveAll(Map<String, Long> versions, String user) {
        List<WorkOrder> approved = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        versions.forEach((id, version) -> {
            try {
                approved.add(approve(id, version, user));
            } catch (RuntimeException e) {
                refused.put(id, e.getMessage());
            }
        });
        return new BulkApproval(approved, refused);
    }

    /** Cancels an open order; when an attempt may have reached the CMMS, the outbox cancels it there too. */
    public WorkOrder cancel(String id, long version, String reason, String user) {
        return end(
                id,
                version,
                user,
                AuditAction.WORK_ORDER_CANCELLED,
                order -> {
                    if (order.status().mayBeInCmms()) {
                        // owed before the order changes: if storing the cancel fails, the dispatcher finds the order
                        // still
                        // open and drops the entry; the reverse order could lose the CMMS's cancel in a crash
                        outbox.put(OutboxEntry.cancel(id, reason, clock.instant()));
                    }
                    return order.cancel(user, reason, clock.instant());
                },
                reason);
    }

    /** Rejects or cancels: a decision that ends the order, with its reason. */
    private WorkOrder end(
            String id,
            long version,
            String user,
            AuditAction action,
            java.util.function.UnaryOperator<WorkOrder> move,
            String reason) {
        WorkOrder order = current(id, version);
        requireApprover(order, user);
        WorkOrder ended = move.apply(order);
        orders.update(ended, WorkOrderEvent.of(order, ended, user, reason));
        audit.append(user, action, id, Map.of("reason", reason));
        return ended;
    }

    /** Puts an order that failed to send back in the outbox. */
    public WorkOrder retry(String id, long version, String user) {
        WorkOrder order = current(id, version);
        requireApprover(order, user);
        WorkOrder queued = order.queue(clock.instant());
        orders.update(queued, WorkOrderEvent.of(order, queued, user, "retry"));
        return queued;
    }

    /** Orders still in the approval queue past their priority's deadline at {@code at}. */
    public List<WorkOrder> overdueForApproval(Instant at) {
        return orders
                .list(WorkOrderQuery.inStatus(Set.of(WorkOrderStatus.AWAITING_APPROVAL), WorkOrderQuery.MOST))
                .stream()
                .filter(order -> !routes.approvalDeadline(order.content().priority(), queuedAt(order))
                        .isAfter(at))
                .toList();
    }

    /** When the order entered the approval queue. */
    public Instant queuedAt(WorkOrder order) {
        return orders.history(order.id()).stream()
                .filter(e ->
                        e.to() == WorkOrderStatus.AWAITING_APPROVAL && e.from() != WorkOrderStatus.AWAITING_APPROVAL)
                .map(WorkOrderEvent::at)
                .reduce((first, later) -> later)
                .orElse(order.createdAt());
    }

    private WorkOrder edit(WorkOrder order, WorkOrderContent edited, String user) {
        WorkOrder.Edited result = order.edit(edited, clock.instant());
        if (result.changes().isEmpty()) {
            return order;
        }
        if (order.status().editableInCmms()) {
            // owed before the order changes, like a cancel; the dispatcher sends the fields' values as stored then
            Set<String> fields = new TreeSet<>();
            result.changes().forEach(c -> fields.add(c.field()));
            outbox.put(OutboxEntry.update(order.id(), fields, clock.instant()));
        }
        WorkOrder changed = result.order();
        orders.update(
                changed,
                new WorkOrderEvent(
                        order.id(),
                        changed.version(),
                        changed.updatedAt(),
                        user,
                        order.status(),
                        changed.status(),
                        "edited",
                        result.changes()));
        Map<String, String> details = new LinkedHashMap<>();
        result.changes().forEach(c -> details.put(c.field(), c.before() + " -> " + c.after()));
        audit.append(user, AuditAction.WORK_ORDER_EDITED, order.id(), details);
        return changed;
    }

    private WorkOrder current(String id, long version) {
        WorkOrder order = orders.find(id).orElseThrow(() -> new UnknownWorkOrder(id));
        if (order.version() != version) {
            throw new WorkOrders.StaleWorkOrder(id, version, order.version());
        }
        return order;
    }

    private void requireApprover(WorkOrder order, String user) {
        WorkOrderType type = order.content().type();
        if (!routes.mayApprove(user, rolesOf.apply(user), type, clock.instant(), rolesOf)) {
            throw new NotAnApprover(user, order.id(), routes.approverRoleFor(type));
        }
    }

    /** The approved orders of a bulk approval and, by id, why each other one was refused. */
    public record BulkApproval(List<WorkOrder> approved, Map<String, String> refused) {
        public BulkApproval {
            approved = List.copyOf(approved);
            refused = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refused));
        }
    }

    /** No order has this id. */
    public static final class UnknownWorkOrder extends java.util.NoSuchElementException {
        public UnknownWorkOrder(String id) {
            super("no work order " + id);
        }
    }

    /** The user neither holds the approving role nor has it delegated. */
    public static final class NotAnApprover extends SecurityException {
        public NotAnApprover(String user, String orderId, String role) {
            super(user + " may not decide on work order " + orderId + ": it needs the " + role
                    + " role or a delegation from someone who holds it");
        }
    }
}
