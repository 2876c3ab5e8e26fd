package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.headwater.network.Location;
import org.headwater.workorder.FieldChange;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.ReadingWindow;
import org.headwater.workorder.WorkEvidence;
import org.headwater.workorder.WorkLocation;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderMoves;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.headwater.workorder.WorkPriority;
import org.headwater.workorder.WorkSource;
import org.junit.jupiter.api.Test;

/** What every {@link WorkOrders} implementation must do; extend it and supply the implementation. */
public abstract class WorkOrdersContract {

    private static final Instant T = Instant.parse("2025-03-04T05:06:07Z");

    protected abstract WorkOrders workOrders();

    /** A draft with every field filled, so a store that drops one is caught. */
    public static WorkOrder aDraft(String id, ProblemKey problem, WorkOrderType type) {
        WorkOrderContent content = new WorkOrderContent(
                type,
                "Check meter M-1 at " + problem.id(),
                "Continuous use since Monday; \"quotes\" and ü survive",
                WorkPriority.HIGH,
                "M-1",
                new WorkLocation("1 Main St", Location.wgs84(-77.03, 38.9), "Z1"),
                "METER",
                1.5,
                List.of("Watch the leak indicator", "Read the register"),
                new WorkEvidence(
                        List.of("M-1/CONTINUOUS_LEAK/2025-03-04T00:00:00Z"),
                        "incident:x",
                        "inv-1",
                        5,
                        7L,
                        List.of("P-1", "P-2"),
                        List.of(new ReadingWindow("M-1", T.minusSeconds(3600), T))));
        return WorkOrder.draft(id, content, WorkSource.rule("customer-leak", "1"), problem, T);
    }

    private static WorkOrder storedMeterCheck(WorkOrders orders) {
        String id = orders.nextId();
        WorkOrder draft = aDraft(id, ProblemKey.premise("PR-" + id), WorkOrderType.METER_CHECK);
        orders.create(draft, WorkOrderEvent.of(null, draft, "system:x", "drafted"));
        return draft;
    }

    @Test
    void aStoredOrderIsReadBackWholeWithItsHistory() {
        WorkOrders orders = workOrders();
        String id = orders.nextId();
        WorkOrder draft = aDraft(id, ProblemKey.premise("PR-" + id), WorkOrderType.METER_CHECK);
        orders.create(draft, WorkOrderEvent.of(null, draft, "system:customer-leak", "drafted"));

        assertThat(orders.find(id)).contains(draft);
        assertThat(orders.history(id)).singleElement().satisfies(e -> {
            assertThat(e.from()).isNull();
            assertThat(e.to()).isEqualTo(WorkOrderStatus.DRAFTED);
            assertThat(e.actor()).isEqualTo("system:customer-leak");
        });
    }

    @Test
    void idsAreNeverHandedOutTwice() {
        WorkOrders orders = workOrders();
        assertThat(List.of(orders.nextId(), orders.nextId(), orders.nextId())).doesNotHaveDuplicates();
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        WorkOrders orders = workOrders();
        WorkOrder draft = storedMeterCheck(orders);
        String id = draft.id();
        WorkOrder queued = draft.submitForApproval(T.plusSeconds(1));
        orders.update(queued, WorkOrderEvent.of(draft, queued, "system:x", "assisted"));

        WorkOrder fromStale = draft.cancel("ann", "duplicate", T.plusSeconds(2));
        assertThatThrownBy(() -> orders.update(fromStale, WorkOrderEvent.of(draft, fromStale, "ann", "duplicate")))
                .isInstanceOf(WorkOrders.StaleWorkOrder.class)
                .hasMessageContaining(id);
        assertThat(orders.find(id)).contains(queued);
        assertThat(orders.history(id)).hasSize(2);
    }

    @Test
    void aBatchLeavesEachOrderAtItsLastStateWithOneHistoryEntryPerMove() {
        WorkOrders orders = workOrders();
        List<WorkOrder> approved = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            approved.add(ApprovedWorkOrders.stored(orders, T));
        }
        List<WorkOrderMoves> moves = new ArrayList<>();
        for (WorkOrder order : approved) {
            WorkOrder queued = order.queue(T.plusSeconds(1));
            WorkOrder sent = queued.sent(T.plusSeconds(2));
            WorkOrder acknowledged = sent.acknowledged("CM-" + order.id(), T.plusSeconds(2));
            moves.add(WorkOrderMoves.of(order, queued, "system:cmms", "queued")
                    .then(sent, "system:cmms", "sent")
                    .then(acknowledged, "system:cmms", "acknowledged"));
        }

        assertThat(orders.updateAll(moves)).isEmpty();

        for (WorkOrderMoves m : moves) {
            assertThat(orders.find(m.orderId())).contains(m.last());
            List<WorkOrderEvent> history = orders.history(m.orderId());
            assertThat(history.subList(3, history.size())).isEqualTo(m.events());
            assertThat(history).extracting(WorkOrderEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
    }

    @Test
    void aStaleOrderInABatchIsLeftAsItWasAndTheOthersAreStored() {
        WorkOrders orders = workOrders();
        WorkOrder first = ApprovedWorkOrders.stored(orders, T);
        WorkOrder changed = ApprovedWorkOrders.stored(orders, T);
        WorkOrder last = ApprovedWorkOrders.stored(orders, T);
        WorkOrder cancelled = changed.cancel("ann", "duplicate", T.plusSeconds(1));
        orders.update(cancelled, WorkOrderEvent.of(changed, cancelled, "ann", "duplicate"));

        List<WorkOrderMoves> moves = Stream.of(first, changed, last)
                .map(o -> WorkOrderMoves.of(o, o.queue(T.plusSeconds(2)), "system:cmms", "queued"))
                .toList();
        assertThat(orders.updateAll(moves)).containsExactly(changed.id());

        assertThat(orders.find(changed.id())).contains(cancelled);
        assertThat(orders.history(changed.id()))
                .hasSize(4)
                .last()
                .extracting(WorkOrderEvent::to)
                .isEqualTo(WorkOrderStatus.CANCELLED);
        for (WorkOrder stored : List.of(first, last)) {
            assertThat(orders.find(stored.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.QUEUED);
            assertThat(orders.history(stored.id())).hasSize(4);
        }
    }

    @Test
    void anEditsFieldChangesAreKeptInTheHistory() {
        WorkOrders orders = workOrders();
        WorkOrder draft = storedMeterCheck(orders);
        String id = draft.id();
        FieldChange change = new FieldChange("priority", "HIGH", "LOW");
        WorkOrder edited = draft.edit(
                        new WorkOrderContent(
                                draft.content().type(),
                                draft.content().title(),
                                draft.content().description(),
                                WorkPriority.LOW,
                                draft.content().assetId(),
                                draft.content().location(),
                                draft.content().recommendedCrew(),
                                draft.content().predictedDurationHours(),
                                draft.content().checklist(),
                                draft.content().evidence()),
                        T.plusSeconds(5))
                .order();
        orders.update(
                edited,
                new WorkOrderEvent(
                        id,
                        edited.version(),
                        edited.updatedAt(),
                        "ann",
                        draft.status(),
                        edited.status(),
                        "edited",
                        List.of(change)));

        assertThat(orders.history(id).get(1).changes()).containsExactly(change);
        assertThat(orders.find(id).orElseThrow().content().priority()).isEqualTo(WorkPriority.LOW);
    }

    @Test
    void onlyAnOpenOrderOfTheSameTypeAboutTheSameProblemIsFound() {
        WorkOrders orders = workOrders();
        WorkOrder draft = storedMeterCheck(orders);
        String id = draft.id();
        ProblemKey premise = draft.problem();

        assertThat(orders.findOpen(premise, WorkOrderType.METER_CHECK)).contains(draft);
        assertThat(orders.findOpen(premise, WorkOrderType.CUSTOMER_CONTACT)).isEmpty();
        assertThat(orders.findOpen(ProblemKey.premise("other-" + id), WorkOrderType.METER_CHECK))
                .isEmpty();

        WorkOrder cancelled = draft.cancel("ann", "meter replaced last week", T.plusSeconds(9));
        orders.update(cancelled, WorkOrderEvent.of(draft, cancelled, "ann", "meter replaced last week"));
        assertThat(orders.findOpen(premise, WorkOrderType.METER_CHECK)).isEmpty();
    }

    @Test
    void aSecondOpenOrderOfOneTypeAboutOneProblemIsRefused() {
        WorkOrders orders = workOrders();
        WorkOrder first = storedMeterCheck(orders);
        WorkOrder second = aDraft(orders.nextId(), first.problem(), WorkOrderType.METER_CHECK);

        assertThatThrownBy(() -> orders.create(second, WorkOrderEvent.of(null, second, "system:x", "drafted")))
                .isInstanceOf(WorkOrders.OpenOrderExists.class)
                .hasMessageContaining(first.problem().toString());
        assertThat(orders.find(second.id())).isEmpty();
    }

    @Test
    void listingFiltersByStatusAndType() {
        WorkOrders orders = workOrders();
        String a = orders.nextId();
        String b = orders.nextId();
        WorkOrder check = aDraft(a, ProblemKey.premise("PR-" + a), WorkOrderType.METER_CHECK);
        WorkOrder survey = aDraft(b, ProblemKey.zone("Z-" + b), WorkOrderType.LEAK_SURVEY);
        orders.create(check, WorkOrderEvent.of(null, check, "system:x", "drafted"));
        orders.create(survey, WorkOrderEvent.of(null, survey, "system:x", "drafted"));
        WorkOrder waiting = survey.submitForApproval(T.plusSeconds(1));
        orders.update(waiting, WorkOrderEvent.of(survey, waiting, "system:x", "assisted"));

        List<WorkOrder> queue = orders.list(new WorkOrderQuery(
                Set.of(WorkOrderStatus.AWAITING_APPROVAL), Set.of(WorkOrderType.LEAK_SURVEY), null, null, 1000));
        assertThat(queue).extracting(WorkOrder::id).contains(b).doesNotContain(a);
    }
}
