package org.headwater.workorder;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;

/**
 * Turns a rule's draft into a stored order, once per problem: a draft about a problem that already has an open order
 * of the same type attaches its evidence there instead. A new order then follows its type's governance level:
 * stays a draft (read-only), enters the approval queue (assisted) or is approved by the policy (automatic). Every
 * step is written to the audit trail with the rule or model that drafted it.
 */
public final class WorkOrderDrafter {

    /** What became of a draft. */
    public enum Outcome {
        /** A new order was stored. */
        DRAFTED,
        /** The evidence was added to the open order about the same problem. */
        ATTACHED,
        /** The open order about the same problem already held all of it. */
        ALREADY_COVERED
    }

    public record Drafted(WorkOrder order, Outcome outcome) {}

    private final WorkOrders orders;
    private final GovernancePolicy governance;
    private final AuditTrail audit;
    private final Clock clock;

    public WorkOrderDrafter(WorkOrders orders, GovernancePolicy governance, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.governance = governance;
        this.audit = audit;
        this.clock = clock;
    }

    // one drafter per server: two drafts of one problem must not both miss the open order
    public synchronized Drafted submit(Draft draft) {
        WorkOrderType type = draft.content().type();
        Optional<WorkOrder> open = orders.findOpen(draft.problem(), type);
        if (open.isPresent()) {
            return attach(open.get(), draft);
        }
        String actor = "system:" + draft.source().name();
        WorkOrder order =
                WorkOrder.draft(orders.nextId(), draft.content(), draft.source(), draft.problem(), clock.instant());
        orders.create(order, WorkOrderEvent.of(null, order, actor, "drafted by " + draft.source()));
        audit.append(actor, AuditAction.WORK_ORDER_DRAFTED, order.id(), details(order));
        GovernanceLevel level = governance.levelOf(type);
        WorkOrder next = switch (level) {
            case READ_ONLY -> order;
            case ASSISTED -> order.submitForApproval(clock.instant());
            case AUTOMATIC -> order.approveAutomatically(clock.instant());
        };
        if (next != order) {
            // the governance level moved it, not a person: the queue (assisted) or the policy's own approval
            String mover = level == GovernanceLevel.AUTOMATIC ? WorkOrder.AUTOMATIC : "governance:assisted";
            orders.update(next, WorkOrderEvent.of(order, next, mover, "governance level " + level));
            if (level == GovernanceLevel.AUTOMATIC) {
                audit.append(
                        WorkOrder.AUTOMATIC,
                        AuditAction.WORK_ORDER_APPROVED,
                        next.id(),
                        Map.of("governance", level.name(), "type", type.name()));
            }
        }
        return new Drafted(next, Outcome.DRAFTED);
    }

    private Drafted attach(WorkOrder open, Draft draft) {
        WorkOrder more = open.attach(draft.content().evidence(), clock.instant());
        if (more == open) {
            return new Drafted(open, Outcome.ALREADY_COVERED);
        }
        String actor = "system:" + draft.source().name();
        String added = String.join(",", draft.content().evidence().alertIds());
        orders.update(more, WorkOrderEvent.of(open, more, actor, "evidence attached: " + added));
        audit.append(actor, AuditAction.WORK_ORDER_EVIDENCE_ADDED, more.id(), Map.of("alerts", added));
        return new Drafted(more, Outcome.ATTACHED);
    }

    static Map<String, String> details(WorkOrder order) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", order.content().type().name());
        details.put("priority", order.content().priority().name());
        details.put("source", order.source().toString());
        details.put("problem", order.problem().toString());
        details.put("title", order.content().title());
        return details;
    }
}
