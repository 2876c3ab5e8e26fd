package org.headwater.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who approves what: the role that approves each type of work, how long an order of each priority may wait for
 * approval before it escalates, and who approves for whom while away.
 *
 * @param approverRole the role that approves each type
 * @param deadlines how long an order of each priority may wait in the queue
 * @param delegations who approves for whom, and when
 */
public record ApprovalRoutes(
        Map<WorkOrderType, String> approverRole, Map<WorkPriority, Duration> deadlines, List<Delegation> delegations) {

    public static final String DISTRIBUTION_SUPERINTENDENT = "DISTRIBUTION_SUPERINTENDENT";
    public static final String AMI_MANAGER = "AMI_MANAGER";
    public static final String CUSTOMER_SERVICE = "CUSTOMER_SERVICE";

    public ApprovalRoutes {
        for (WorkOrderType type : WorkOrderType.values()) {
            String role = approverRole.get(type);
            if (role == null || role.isBlank()) {
                throw new IllegalArgumentException(
                        "approver-role." + type + ": every type of work needs an approving role");
            }
        }
        for (WorkPriority priority : WorkPriority.values()) {
            Duration deadline = deadlines.get(priority);
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("approval-deadline." + priority + ": must be a positive duration");
            }
        }
        approverRole = Collections.unmodifiableMap(new EnumMap<>(approverRole));
        deadlines = Collections.unmodifiableMap(new EnumMap<>(deadlines));
        delegations = List.copyOf(delegations);
    }

    /**
     * The defaults: the distribution superintendent approves main, inspection, survey and flushing work, the AMI
     * manager meter work, customer service customer contacts; an emergency escalates after 15 minutes in the queue,
     * high after 1 hour, medium after 8 hours, low after 3 days.
     */
    public static ApprovalRoutes defaults() {
        Map<WorkOrderType, String> roles = new EnumMap<>(WorkOrderType.class);
        for (WorkOrderType type : WorkOrderType.values()) {
            roles.put(
                    type,
                    switch (type.usualCrew()) {
                        case DISTRIBUTION, LEAK_DETECTION -> DISTRIBUTION_SUPERINTENDENT;
                        case METER -> AMI_MANAGER;
                        case CUSTOMER_SERVICE -> CUSTOMER_SERVICE;
                    });
        }
        return new ApprovalRoutes(
                roles,
                Map.of(
                        WorkPriority.EMERGENCY, Duration.ofMinutes(15),
                        WorkPriority.HIGH, Duration.ofHours(1),
                        WorkPriority.MEDIUM, Duration.ofHours(8),
                        WorkPriority.LOW, Duration.ofDays(3)),
                List.of());
    }

    public ApprovalRoutes withDelegation(Delegation delegation) {
        List<Delegation> more = new java.util.ArrayList<>(delegations);
        more.add(Objects.requireNonNull(delegation, "delegation"));
        return new ApprovalRoutes(approverRole, deadlines, more);
    }

    public String approverRoleFor(WorkOrderType type) {
        return approverRole.get(type);
    }

    /**
     * May this user, holding these roles, approve an order of this type at this instant? Either the user holds the
     * approving role, or a user who does has delegated to them for this instant.
     *
     * @param rolesOfDelegator the roles of a delegating user, looked up by name
     */
    public boolean mayApprove(
            String user,
            Set<String> roles,
            WorkOrderType type,
            Instant at,
            java.util.function.Function<String, Set<String>> rolesOfDelegator) {
        String role = approverRoleFor(type);
        if (roles.contains(role)) {
            return true;
        }
        return delegations.stream()
                .filter(d -> d.to().equals(user) && d.appliesAt(at))
                .anyMatch(d -> rolesOfDelegator.apply(d.from()).contains(role));
    }

    /** When an order of this priority that entered the queue at {@code queuedAt} is overdue for approval. */
    public Instant approvalDeadline(WorkPriority priority, Instant queuedAt) {
        return queuedAt.plus(deadlines.get(priority));
    }
}
