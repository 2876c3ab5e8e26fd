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
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;

/**
 * Orders waiting for approval past their priority's deadline page the next role of the escalation chain, one level
 * per deadline: level 1 when the deadline passes, level 2 when it has passed twice over, and so on until the chain
 * ends. Each level is paged once however often {@link #escalateOverdue()} is called; a long pause pages every level
 * that fell due, so nobody is skipped. An order that leaves the queue (approved, rejected, cancelled) stops; one that
 * enters it again starts from the beginning. No threads inside: the application calls it on its schedule.
 */
public final class ApprovalEscalation {

    static final String ACTOR = "system:work-orders";

    private final WorkOrderDesk desk;
    private final ApprovalRoutes routes;
    private final Pager pager;
    private final AuditTrail audit;
    private final Clock clock;
    // order id and the moment it entered the queue → the last level paged
    private final Map<Queued, Integer> reached = new ConcurrentHashMap<>();

    public ApprovalEscalation(WorkOrderDesk desk, ApprovalRoutes routes, Pager pager, AuditTrail audit, Clock clock) {
        this.desk = desk;
        this.routes = routes;
        this.pager = pager;
        this.audit = audit;
        this.clock = clock;
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
        Set<Queued> stillWaiting = new LinkedHashSet<>();
        List<String> chain = pager.chainNow();
        for (WorkOrder order : desk.overdueForApproval(now)) {
            Queued queued = new Queued(order.id(), desk.queuedAt(order));
            stillWaiting.add(queued);
            pages.addAll(due(order, queued, chain, now));
        }
        reached.keySet().retainAll(stillWaiting);
        return pages;
    }

    private List<OverduePage> due(WorkOrder order, Queued queued, List<String> chain, Instant now) {
        String approver = routes.approverRoleFor(order.content().type());
        List<String> next =
                chain.stream().filter(role -> !role.equals(approver)).distinct().toList();
        Instant deadline = routes.approvalDeadline(order.content().priority(), queued.at());
        Duration wait = Duration.between(queued.at(), deadline);
        int last = reached.getOrDefault(queued, 0);
        List<OverduePage> pages = new ArrayList<>();
        for (int level = last + 1; level <= next.size(); level++) {
            Instant dueAt = queued.at().plus(wait.multipliedBy(level));
            if (now.isBefore(dueAt)) {
                break;
            }
            OverduePage page = new OverduePage(order, approver, next.get(level - 1), level, deadline);
            int people = pager.page(page);
            reached.put(queued, level);
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

    /** The last level paged for an order in its current stay in the queue, or 0. */
    public int levelReached(String orderId) {
        return reached.entrySet().stream()
                .filter(e -> e.getKey().orderId().equals(orderId))
                .mapToInt(Map.Entry::getValue)
                .max()
                .orElse(0);
    }

    private record Queued(String orderId, Instant at) {
        Queued {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(at, "at");
        }
    }
}
