package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.testkit.AlertBuilder;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class WorkOrderDrafterTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");

    private final SettableClock clock = new SettableClock(T);
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);

    private WorkOrderDrafter drafter(GovernancePolicy policy) {
        return new WorkOrderDrafter(orders, policy, audit, clock);
    }

    private static Alert leakAt(String premise, Instant at) {
        return AlertBuilder.anAlert()
                .from("M-" + premise)
                .of(AlertType.CONTINUOUS_LEAK)
                .at(at)
                .atPremise(premise)
                .build();
    }

    @Test
    void manyAlertsAboutOnePremiseBecomeOneOrderOfEachTypeWithEveryAlertAttached() {
        WorkOrderDrafter drafter = drafter(GovernancePolicy.assistedEverywhere());
        AlertDraftRules rules = new AlertDraftRules();

        for (int day = 0; day < 3; day++) {
            rules.draft(leakAt("PR-1", T.plusSeconds(86_400L * day))).forEach(drafter::submit);
        }

        List<WorkOrder> all = orders.list(WorkOrderQuery.all(100));
        assertThat(all)
                .extracting(o -> o.content().type())
                .containsExactlyInAnyOrder(WorkOrderType.CUSTOMER_CONTACT, WorkOrderType.METER_CHECK);
        assertThat(all)
                .allSatisfy(o -> assertThat(o.content().evidence().alertIds()).hasSize(3));
        assertThat(audit.page(0, 100))
                .extracting(AuditEvent::action)
                .filteredOn(a -> a == AuditAction.WORK_ORDER_DRAFTED)
                .hasSize(2);
    }

    @Test
    void theSameAlertDeliveredTwiceChangesNothing() {
        WorkOrderDrafter drafter = drafter(GovernancePolicy.assistedEverywhere());
        Draft draft = new AlertDraftRules().draft(leakAt("PR-2", T)).get(0);

        WorkOrderDrafter.Drafted first = drafter.submit(draft);
        WorkOrderDrafter.Drafted again = drafter.submit(draft);

        assertThat(first.outcome()).isEqualTo(WorkOrderDrafter.Outcome.DRAFTED);
        assertThat(again.outcome()).isEqualTo(WorkOrderDrafter.Outcome.ALREADY_COVERED);
        assertThat(again.order()).isEqualTo(first.order());
    }

    @Test
    void aProblemWhoseOrderWasClosedGetsANewOrder() {
        WorkOrderDrafter drafter = drafter(GovernancePolicy.assistedEverywhere());
        Draft draft = new AlertDraftRules().draft(leakAt("PR-3", T)).get(0);
        WorkOrder first = drafter.submit(draft).order();
        WorkOrder rejected = first.reject("ann", "customer already fixed it", T);
        orders.update(rejected, WorkOrderEvent.of(first, rejected, "ann", "fixed"));

        WorkOrderDrafter.Drafted next = drafter.submit(new AlertDraftRules()
                .draft(leakAt("PR-3", T.plusSeconds(9_000_000)))
                .get(0));
        assertThat(next.outcome()).isEqualTo(WorkOrderDrafter.Outcome.DRAFTED);
        assertThat(next.order().id()).isNotEqualTo(first.id());
    }

    @Test
    void eachGovernanceLevelDecidesWhereANewOrderGoes() {
        GovernancePolicy policy = new GovernancePolicy(
                Map.of(
                        WorkOrderType.CUSTOMER_CONTACT, GovernanceLevel.AUTOMATIC,
                        WorkOrderType.METER_CHECK, GovernanceLevel.READ_ONLY),
                Set.of(WorkOrderType.CUSTOMER_CONTACT));
        WorkOrderDrafter drafter = drafter(policy);

        List<WorkOrder> drafted = new AlertDraftRules()
                .draft(leakAt("PR-4", T)).stream()
                        .map(d -> drafter.submit(d).order())
                        .toList();

        assertThat(drafted.get(0).status()).isEqualTo(WorkOrderStatus.APPROVED);
        assertThat(drafted.get(0).decidedBy()).isEqualTo(WorkOrder.AUTOMATIC);
        assertThat(drafted.get(1).status()).isEqualTo(WorkOrderStatus.DRAFTED);
        assertThat(audit.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_APPROVED)
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(WorkOrder.AUTOMATIC));
        assertThat(orders.history(drafted.get(0).id()))
                .extracting(WorkOrderEvent::to)
                .containsExactly(WorkOrderStatus.DRAFTED, WorkOrderStatus.APPROVED);
    }

    @Test
    void theAuditTrailNamesTheRuleAndItsVersionThatDraftedTheOrder() {
        drafter(GovernancePolicy.assistedEverywhere())
                .submit(new AlertDraftRules().draft(leakAt("PR-5", T)).get(0));

        AuditEvent drafted = audit.page(0, 10).get(0);
        assertThat(drafted.action()).isEqualTo(AuditAction.WORK_ORDER_DRAFTED);
        assertThat(drafted.actor()).isEqualTo("system:customer-leak");
        assertThat(drafted.details()).containsEntry("source", "rule customer-leak 1");
    }
}
