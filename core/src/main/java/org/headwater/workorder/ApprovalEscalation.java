package org.headwater.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;

/**
 * Orders waiting for approval past their priority's deadline page the next role of the escalation chain, one level
 * per deadline: level 1 when the deadline passes, level 2 when it has passed twice over, and so on until the chain
 * ends. Each level is paged once however often {@link #escalateOverdue()} is called; a long pause pages every level
 * that fell due, so nobody is skipped. The levels reached are kept in {@link EscalationLevels}, so a restart pages
 * none twice. An order that leaves the queue (approved, rejected, cancelled) stops; one that enters it again starts
 * from the beginning. No threads inside: the application calls it on its schedule.
 */
public final class ApprovalEscalation {

    static final String ACTOR = "system:work-orders";

    private final WorkOrderDesk desk;
    private final ApprovalRoutes routes;
    private final Pager pager;
    private final AuditTrail audit;
    private final Clock clock;
    private final EscalationLevels levels;
    // orders overdue at the last pass: those no longer overdue have left the queue and are forgotten
    private final Set<String> overdue = new LinkedHashSet<>();

    public ApprovalEscalation(
            WorkOrderDesk desk,
            ApprovalRoutes routes,
            Pager pager,
            AuditTrail audit,
            Clock clock,
            EscalationLevels levels) {
        this.desk = desk;
        this.routes = routes;
        this.pager = pager;
        this.audit = audit;
        this.clock = clock;
        this.levels = levels;
    }

    /** Who is paged: the escalation desk in the running server. */
    public interface Pager {

        /** The roles of the escalation chain in force now, first to last. */
        List<String> chainNow();

        /**
         * Pages everyone in {@code page.role()} about the order.
         *
         * @return how many people were reached
         */
        int page(OverduePage page);
    }

    /**
     * One page about an order waiting for approval.
     *
     * @param order the order as it waits
     * @param approverRole the role that approves it
     * @param role the role paged
     * @param level 1 for the first role after the approver, 2 for the next...
     * @param deadline when approval was due
     */
    public record OverduePage(WorkOrder order, String approverRole, String role, int level, Instant deadline) {
        public OverduePage {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(deadline, "deadline");
        }

        /** One line for a subject or a text message. */
        public String headline() {
            return order.content().priority() + " work order " + order.id() + " \""
                    + order.content().title() + "\" waits for approval by " + approverRole + " since " + deadline;
        }
    }

    /** One pass: pages every level that fell due since the last pass, and forgets orders no longer waiting. */
    public synchronized List<OverduePage> escalateOverdue() {
        Instant now = clock.instant();
        List<OverduePage> pages = new ArrayList<>();
        Set<String> stillWaiting = new LinkedHashSet<>();
        List<String> chain = pager.chainNow();
        for (WorkOrder order : desk.overdueForApproval(now)) {
            stillWaiting.add(order.id());
            pages.addAll(due(order, desk.queuedAt(order), chain, now));
        }
        overdue.stream().filter(id -> !stillWaiting.contains(id)).forEach(levels::forget);
        overdue.clear();
        overdue.addAll(stillWaiting);
        return pages;
    }

    private List<OverduePage> due(WorkOrder order, Instant queuedAt, List<String> chain, Instant now) {
        String approver = routes.approverRoleFor(order.content().type());
        List<String> next =
                chain.stream().filter(role -> !role.equals(approver)).distinct().toList();
        Instant deadline = routes.approvalDeadline(order.content().priority(), queuedAt);
        Duration wait = Duration.between(queuedAt, deadline);
        int last = levels.reached(order.id(), queuedAt);
        List<OverduePage> pages = new ArrayList<>();
        for (int level = last + 1; level <= next.size(); level++) {
            Instant dueAt = queuedAt.plus(wait.multipliedBy(level));
            if (now.isBefore(dueAt)) {
                break;
            }
            OverduePage page = new OverduePage(order, approver, next.get(level - 1), level, deadline);
            int people = pager.page(page);
            levels.save(order.id(), queuedAt, level);
            audit.append(ACTOR, AuditAction.WORK_ORDER_ESCALATED, order.id(), details(page, people));
            pages.add(page);
        }
        return pages;
    }

    private static Map<String, String> details(OverduePage page, int people) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("role", page.role());
        details.put("level", Integer.toString(page.level()));
        details.put("approverRole", page.approverRole());
        details.put("deadline", page.deadline().toString());
        details.put("paged", Integer.toString(people));
        return details;
    }
}
