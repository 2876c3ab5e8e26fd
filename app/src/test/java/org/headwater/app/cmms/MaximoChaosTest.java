package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmmsCursors;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.OutboxAction;
import org.headwater.workorder.RetryPolicy;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderDispatcher;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderStatusSync;
import org.junit.jupiter.api.Test;

/**
 * 200 approved orders through the outbox and the Maximo connector into the simulated Maximo while it is down for a
 * while, answers 500 at random and holds its answer past the client's timeout after creating the record: every order
 * must arrive exactly once, none may be lost, and status sync must converge on the simulator's statuses. Orders are
 * sent {@value #PARALLELISM} at a time, and the dispatcher is restarted mid-outage from the outbox's retry state.
 */
class MaximoChaosTest {

    private static final int ORDERS = 200;
    private static final String KEY = "chaos-key";
    private static final Duration DOWN_FOR = Duration.ofSeconds(3);
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final int PARALLELISM = 8;

    @Test
    void everyApprovedOrderArrivesExactlyOnceAndStatusSyncConverges() throws Exception {
        Clock clock = Clock.systemUTC();
        InMemoryWorkOrders orders = new InMemoryWorkOrders();
        InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
        InMemoryCmmsOutbox outbox = new InMemoryCmmsOutbox();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            ids.add(CmmsTestOrders.approved(orders).id());
        }
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, KEY)) {
            MaximoConnector connector = new MaximoConnector(
                    MaximoSettings.of(maximo.collection(), KEY, "BEDFORD", "EAGLENA")
                            .withPageSize(25)
                            .withTimeouts(new CmmsTimeouts(Duration.ofSeconds(1), Duration.ofMillis(250))),
                    clock);
            WorkOrderDispatcher dispatcher = dispatcher(orders, connector, outbox, audit, clock);
            maximo.down(true);
            maximo.failRandomly(0.2, 42);
            maximo.acceptThenTimeout(0.15, Duration.ofMillis(600));

            long start = System.nanoTime();
            int passes = 0;
            int retried = 0;
            boolean restarted = false;
            while (count(orders, WorkOrderStatus.ACKNOWLEDGED) < ORDERS
                    && elapsed(start).compareTo(DEADLINE) < 0) {
                if (elapsed(start).compareTo(DOWN_FOR) >= 0) {
                    maximo.down(false);
                }
                if (!restarted && elapsed(start).compareTo(DOWN_FOR.dividedBy(2)) >= 0) {
                    // a restart mid-outage: the new dispatcher resumes each order's retry state from the outbox
                    dispatcher = dispatcher(orders, connector, outbox, audit, clock);
                    restarted = true;
                }
                retried += dispatcher.dispatchDue().retrying();
                passes++;
                Thread.sleep(20);
            }
            Duration sending = elapsed(start);
            SimulatedMaximo.Traffic traffic = maximo.traffic();

            Map<String, Long> perOrder = maximo.externalRefCounts();
            assertThat(perOrder).as("every order arrived").containsOnlyKeys(ids);
            assertThat(perOrder.values()).as("each exactly once").containsOnly(1L);
            assertThat(maximo.records()).isEqualTo(ORDERS);
            assertThat(count(orders, WorkOrderStatus.ACKNOWLEDGED)).isEqualTo(ORDERS);
            assertThat(count(orders, WorkOrderStatus.SEND_FAILED))
                    .as("none given up")
                    .isZero();
            assertThat(audit.page(0, 100_000))
                    .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                    .hasSize(ORDERS);
            assertThat(outbox.list(OutboxAction.SEND))
                    .as("no retry state left once every order is in")
                    .isEmpty();
            assertThat(restarted).isTrue();
            assertThat(retried).as("the faults were met").isGreaterThan(ORDERS);
            assertThat(traffic.whileDown()).isPositive();
            assertThat(traffic.serverErrors()).isPositive();
            assertThat(traffic.heldAfterAccepting())
                    .as("creates that timed out after the record was made")
                    .isPositive();
            long foundAgain = audit.page(0, 100_000).stream()
                    .filter(e -> e.action() == AuditAction.WORK_ORDER_SENT)
                    .filter(e -> "true".equals(e.details().get("existed")))
                    .count();
            // at least: a slow answer on a loaded machine may time out without an injected hold
            assertThat(foundAgain)
                    .as("each held create found on a later attempt, not made twice")
                    .isGreaterThanOrEqualTo(traffic.heldAfterAccepting());

            // the CMMS works the orders: approves all, starts most, completes and closes some, cancels a few
            for (int i = 0; i < ORDERS; i++) {
                String wonum = maximo.wonumOf(ids.get(i)).orElseThrow();
                maximo.advance(wonum, "APPR");
                switch (i % 5) {
                    case 1 -> maximo.advance(wonum, "INPRG");
                    case 2 -> {
                        maximo.advance(wonum, "INPRG");
                        maximo.advance(wonum, "COMP");
                    }
                    case 3 -> {
                        maximo.advance(wonum, "COMP");
                        maximo.advance(wonum, "CLOSE");
                    }
                    case 4 -> maximo.advance(wonum, "CAN");
                    default -> {}
                }
            }
            WorkOrderStatusSync sync =
                    new WorkOrderStatusSync(orders, connector, new InMemoryCmmsCursors(), audit, clock);
            CmmsStatusMap map = CmmsStatusMap.maximoDefaults();
            long syncStart = System.nanoTime();
            int syncPasses = 0;
            int failedPasses = 0;
            while (agreeing(orders, maximo, map, ids) < ORDERS
                    && elapsed(syncStart).compareTo(DEADLINE) < 0) {
                if (sync.syncOnce().error() != null) {
                    failedPasses++;
                }
                syncPasses++;
            }

            assertThat(agreeing(orders, maximo, map, ids))
                    .as("statuses equal the simulator's")
                    .isEqualTo(ORDERS);
            assertThat(count(orders, WorkOrderStatus.CLOSED)).isEqualTo(ORDERS / 5);
            assertThat(count(orders, WorkOrderStatus.CANCELLED)).isEqualTo(ORDERS / 5);
            System.out.printf(
                    "chaos: %d orders, %d records, %d duplicates; sending %d ms in %d passes, %d failed attempts,"
                            + " %d found again after a held create; simulator %d requests: %d while down, %d random 500,"
                            + " %d held after accepting; sync converged in %d passes (%d failed)%n",
                    ORDERS,
                    maximo.records(),
                    perOrder.values().stream().mapToLong(n -> n - 1).sum(),
                    sending.toMillis(),
                    passes,
                    retried,
                    foundAgain,
                    traffic.requests(),
                    traffic.whileDown(),
                    traffic.serverErrors(),
                    traffic.heldAfterAccepting(),
                    syncPasses,
                    failedPasses);
        }
    }

    private static WorkOrderDispatcher dispatcher(
            InMemoryWorkOrders orders,
            MaximoConnector connector,
            InMemoryCmmsOutbox outbox,
            InMemoryAuditTrail audit,
            Clock clock) {
        return new WorkOrderDispatcher(
                orders,
                connector,
                outbox,
                audit,
                clock,
                new Random(2026),
                new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(800), 1_000, 0.5),
                PARALLELISM);
    }

    private static int agreeing(
            InMemoryWorkOrders orders, SimulatedMaximo maximo, CmmsStatusMap map, List<String> ids) {
        int agree = 0;
        for (String id : ids) {
            WorkOrder order = orders.find(id).orElseThrow();
            String theirs = maximo.statusOf(id).orElseThrow();
            if (order.status() == map.ours(theirs)) {
                agree++;
            }
        }
        return agree;
    }

    private static long count(InMemoryWorkOrders orders, WorkOrderStatus status) {
        return orders.list(WorkOrderQuery.inStatus(Set.of(status), WorkOrderQuery.MOST))
                .size();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
