package org.headwater.app.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.workorder.GovernanceLevel;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkPriority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.work-orders.*}: what Headwater may draft and send, and who approves it.
 *
 * @param enabled whether drafting runs at all
 * @param governance the level of each type of work (READ_ONLY, ASSISTED, AUTOMATIC); unnamed types are ASSISTED
 * @param lowRisk the types the utility allows to go automatically (never one that sends a crew to the network)
 * @param approverRoles the role that approves each type, replacing the default for the types named
 * @param approvalDeadlines how long an order of each priority may wait for approval before it escalates
 * @param riskTopPipes how many of a break-risk run's first pipes become inspection orders (0: none)
 * @param delegations who approves for whom, between two instants
 * @param tick how often (wall time) overdue approvals are looked for
 */
@ConfigurationProperties("headwater.work-orders")
public record WorkOrderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Map<WorkOrderType, GovernanceLevel> governance,
        @DefaultValue({"METER_REREAD", "CUSTOMER_CONTACT"}) Set<WorkOrderType> lowRisk,
        @DefaultValue Map<WorkOrderType, String> approverRoles,
        @DefaultValue Map<WorkPriority, Duration> approvalDeadlines,
        @DefaultValue("20") int riskTopPipes,
        @DefaultValue List<DelegationProperties> delegations,
        @DefaultValue("PT1M") Duration tick) {

    /** {@code from} delegates approving to {@code to} from {@code starts} until {@code ends}. */
    public record DelegationProperties(String from, String to, Instant starts, Instant ends) {}
}
