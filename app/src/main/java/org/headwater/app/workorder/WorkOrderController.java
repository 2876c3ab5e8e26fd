package org.headwater.app.workorder;

import java.security.Principal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.headwater.app.config.WallClock;
import org.headwater.risk.RiskRuns;
import org.headwater.workorder.ApprovalRoutes;
import org.headwater.workorder.WorkEvidence;
import org.headwater.workorder.WorkLocation;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderDesk;
import org.headwater.workorder.WorkOrderDrafter;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderTransitions;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.headwater.workorder.WorkPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Work orders: the approval queue, one order with its evidence and history, and what people decide. */
@RestController
@RequestMapping("/api/v1")
class WorkOrderController {

    private static final int RECENT_RUNS = 1000;

    private final WorkOrders orders;
    private final WorkOrderDesk desk;
    private final ApprovalRoutes routes;
    private final RiskRuns riskRuns;
    private final RiskRunDrafting riskDrafting;
    private final WallClock clock;

    WorkOrderController(
            WorkOrders orders,
            WorkOrderDesk desk,
            ApprovalRoutes routes,
            RiskRuns riskRuns,
            RiskRunDrafting riskDrafting,
            WallClock clock) {
        this.clock = clock;
        this.orders = orders;
        this.desk = desk;
        this.routes = routes;
        this.riskRuns = riskRuns;
        this.riskDrafting = riskDrafting;
    }

    /** What a decision needs: the version the person saw (a stale one is refused), and a reason where one is due. */
    record Decision(@Nullable Long version, @Nullable String reason) {}

    /** An edit: the version seen and the order's content as it should be. */
    record Edit(@Nullable Long version, @Nullable ContentRequest content) {}

    record ContentRequest(
            @Nullable WorkOrderType type,
            @Nullable String title,
            @Nullable String description,
            @Nullable WorkPriority priority,
            @Nullable String assetId,
            @Nullable String address,
            @Nullable String recommendedCrew,
            @Nullable Double predictedDurationHours,
            @Nullable List<String> checklist) {}

    record BulkRequest(@Nullable Map<String, Long> orders) {}

    /** One order as the approver sees it: what it may do next, who approves it and by when. */
    record WorkOrderView(
            WorkOrder order,
            Set<WorkOrderStatus> next,
            String approverRole,
            @Nullable Instant approvalDeadline,
            List<WorkOrderEvent> history) {}

    @GetMapping("/work-orders")
    List<WorkOrder> list(
            @RequestParam(required = false) Set<WorkOrderStatus> status,
            @RequestParam(required = false) Set<WorkOrderType> type,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) String asset,
            @RequestParam(defaultValue = "200") int limit) {
        return orders.list(new WorkOrderQuery(
                status == null ? Set.of() : status, type == null ? Set.of() : type, zone, asset, limit));
    }

    @GetMapping("/work-orders/overdue")
    List<WorkOrder> overdue() {
        return desk.overdueForApproval(clock.now());
    }

    @GetMapping("/work-orders/{id}")
    WorkOrderView one(@PathVariable String id) {
        WorkOrder order = orders.find(id).orElseThrow(() -> new NoSuchElementException("no work order " + id));
        Instant deadline = order.status() == WorkOrderStatus.AWAITING_APPROVAL
                ? routes.approvalDeadline(order.content().priority(), desk.queuedAt(order))
                : null;
        return new WorkOrderView(
                order,
                WorkOrderTransitions.allowedFrom(order.status()).isEmpty()
                        ? EnumSet.noneOf(WorkOrderStatus.class)
                        : EnumSet.copyOf(WorkOrderTransitions.allowedFrom(order.status())),
                routes.approverRoleFor(order.content().type()),
                deadline,
                orders.history(id));
    }

    @PostMapping("/work-orders/{id}/approve")
    WorkOrder approve(@PathVariable String id, @RequestBody Decision decision, Principal user) {
        return desk.approve(id, version(decision.version()), user.getName());
    }

    @PostMapping("/work-orders/{id}/reject")
    WorkOrder reject(@PathVariable String id, @RequestBody Decision decision, Principal user) {
        return desk.reject(id, version(decision.version()), reason(decision.reason()), user.getName());
    }

    @PostMapping("/work-orders/{id}/cancel")
    WorkOrder cancel(@PathVariable String id, @RequestBody Decision decision, Principal user) {
        return desk.cancel(id, version(decision.version()), reason(decision.reason()), user.getName());
    }

    @PostMapping("/work-orders/{id}/retry")
    WorkOrder retry(@PathVariable String id, @RequestBody Decision decision, Principal user) {
        return desk.retry(id, version(decision.version()), user.getName());
    }

    @PutMapping("/work-orders/{id}")
    WorkOrder edit(@PathVariable String id, @RequestBody Edit edit, Principal user) {
        return desk.edit(id, version(edit.version()), content(id, edit.content()), user.getName());
    }

    @PostMapping("/work-orders/{id}/edit-and-approve")
    WorkOrder editAndApprove(@PathVariable String id, @RequestBody Edit edit, Principal user) {
        return desk.editAndApprove(id, version(edit.version()), content(id, edit.content()), user.getName());
    }

    @PostMapping("/work-orders/approve-all")
    WorkOrderDesk.BulkApproval approveAll(@RequestBody BulkRequest request, Principal user) {
        if (request.orders() == null || request.orders().isEmpty()) {
            throw new IllegalArgumentException("orders: give at least one order id with the version you saw");
        }
        Map<String, Long> seen = new LinkedHashMap<>(request.orders());
        seen.forEach((order, version) -> {
            if (version == null) {
                throw new IllegalArgumentException("orders." + order + ": the version you saw is required");
            }
        });
        return desk.approveAll(seen, user.getName());
    }

    /** Drafts inspection orders for a stored run's top pipes (also done after every run). */
    @PostMapping("/risk/runs/{runId}/work-orders")
    List<WorkOrderDrafter.Drafted> draftFromRun(@PathVariable long runId) {
        // runs are few (one a night): the recent list holds every one worth drafting from
        return riskDrafting.draft(riskRuns.recent(RECENT_RUNS).stream()
                .filter(run -> run.id() == runId)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no break-risk run " + runId)));
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new IllegalArgumentException("version: the version of the order you saw is required");
        }
        return version;
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a reason is required");
        }
        return reason;
    }

    /** The edited content: fields left out keep their value, the evidence is never edited. */
    private WorkOrderContent content(String id, @Nullable ContentRequest edit) {
        if (edit == null) {
            throw new IllegalArgumentException("content: the edited fields are required");
        }
        WorkOrderContent now = orders.find(id)
                .orElseThrow(() -> new NoSuchElementException("no work order " + id))
                .content();
        WorkLocation where = now.location();
        WorkEvidence evidence = now.evidence();
        return new WorkOrderContent(
                edit.type() != null ? edit.type() : now.type(),
                edit.title() != null ? edit.title() : now.title(),
                edit.description() != null ? edit.description() : now.description(),
                edit.priority() != null ? edit.priority() : now.priority(),
                edit.assetId() != null ? edit.assetId() : now.assetId(),
                edit.address() != null ? new WorkLocation(edit.address(), where.point(), where.zoneId()) : where,
                edit.recommendedCrew() != null ? edit.recommendedCrew() : now.recommendedCrew(),
                edit.predictedDurationHours() != null ? edit.predictedDurationHours() : now.predictedDurationHours(),
                edit.checklist() != null ? edit.checklist() : now.checklist(),
                evidence);
    }
}
