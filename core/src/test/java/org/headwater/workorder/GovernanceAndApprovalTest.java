package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GovernanceAndApprovalTest {

    private static final Instant T = Instant.parse("2025-07-01T08:00:00Z");

    @Test
    void everyTypeIsAssistedUnlessConfiguredOtherwise() {
        GovernancePolicy policy = GovernancePolicy.assistedEverywhere();
        for (WorkOrderType type : WorkOrderType.values()) {
            assertThat(policy.levelOf(type)).isEqualTo(GovernanceLevel.ASSISTED);
        }
    }

    @Test
    void automaticIsAllowedOnlyForTypesListedAsLowRisk() {
        GovernancePolicy rereads = new GovernancePolicy(
                Map.of(WorkOrderType.METER_REREAD, GovernanceLevel.AUTOMATIC), Set.of(WorkOrderType.METER_REREAD));
        assertThat(rereads.levelOf(WorkOrderType.METER_REREAD)).isEqualTo(GovernanceLevel.AUTOMATIC);

        assertThatThrownBy(() -> new GovernancePolicy(
                        Map.of(WorkOrderType.CUSTOMER_CONTACT, GovernanceLevel.AUTOMATIC),
                        Set.of(WorkOrderType.METER_REREAD)))
                .hasMessageContaining("CUSTOMER_CONTACT")
                .hasMessageContaining("low-risk");
    }

    @Test
    void workThatSendsACrewToTheNetworkCanNeverBeListedAsLowRisk() {
        assertThatThrownBy(() -> new GovernancePolicy(Map.of(), Set.of(WorkOrderType.REPAIR)))
                .hasMessageContaining("REPAIR");
    }

    @Test
    void theSuperintendentApprovesMainWorkAndTheAmiManagerMeterWork() {
        ApprovalRoutes routes = ApprovalRoutes.defaults();
        Set<String> superintendent = Set.of(ApprovalRoutes.DISTRIBUTION_SUPERINTENDENT);

        assertThat(routes.mayApprove("sam", superintendent, WorkOrderType.INSPECTION, T, u -> Set.of()))
                .isTrue();
        assertThat(routes.mayApprove("sam", superintendent, WorkOrderType.METER_CHECK, T, u -> Set.of()))
                .isFalse();
        assertThat(routes.mayApprove(
                        "amy", Set.of(ApprovalRoutes.AMI_MANAGER), WorkOrderType.METER_REPLACEMENT, T, u -> Set.of()))
                .isTrue();
    }

    @Test
    void aDelegateApprovesOnlyBetweenTheDelegationsDates() {
        ApprovalRoutes routes =
                ApprovalRoutes.defaults().withDelegation(new Delegation("sam", "dan", T, T.plus(Duration.ofDays(14))));
        Map<String, Set<String>> roles = Map.of("sam", Set.of(ApprovalRoutes.DISTRIBUTION_SUPERINTENDENT));

        assertThat(routes.mayApprove(
                        "dan",
                        Set.of(),
                        WorkOrderType.REPAIR,
                        T.plus(Duration.ofDays(1)),
                        u -> roles.getOrDefault(u, Set.of())))
                .isTrue();
        assertThat(routes.mayApprove(
                        "dan",
                        Set.of(),
                        WorkOrderType.REPAIR,
                        T.plus(Duration.ofDays(14)),
                        u -> roles.getOrDefault(u, Set.of())))
                .isFalse();
        assertThat(routes.mayApprove(
                        "dan",
                        Set.of(),
                        WorkOrderType.METER_CHECK,
                        T.plus(Duration.ofDays(1)),
                        u -> roles.getOrDefault(u, Set.of())))
                .as("sam cannot hand on a right he does not hold")
                .isFalse();
    }

    @Test
    void aDelegationMustEndAfterItStartsAndNameTwoPeople() {
        assertThatThrownBy(() -> new Delegation("sam", "dan", T, T)).hasMessageStartingWith("ends:");
        assertThatThrownBy(() -> new Delegation("sam", "sam", T, T.plusSeconds(1)))
                .hasMessageStartingWith("to:");
    }

    @Test
    void anEmergencyEscalatesAfterFifteenMinutesInTheQueue() {
        assertThat(ApprovalRoutes.defaults().approvalDeadline(WorkPriority.EMERGENCY, T))
                .isEqualTo(T.plus(Duration.ofMinutes(15)));
    }
}
