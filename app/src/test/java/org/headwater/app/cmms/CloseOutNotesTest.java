package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmmsCursors;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.workorder.RetryPolicy;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderDispatcher;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderStatusSync;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order sent to the simulated Maximo comes back completed and closed with the crew's work log, kept once. */
class CloseOutNotesTest {

    private static final String KEY = "notes-key";

    private final Clock clock = Clock.systemUTC();
    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    private SimulatedMaximo maximo;
    private MaximoConnector connector;

    @BeforeEach
    void start() throws Exception {
        maximo = SimulatedMaximo.start(0, KEY);
        connector = new MaximoConnector(MaximoSettings.of(maximo.collection(), KEY, "BEDFORD", "EAGLENA"), clock);
    }

    @AfterEach
    void stop() {
        maximo.close();
    }

    @Test
    void theWorkLogOfACompletedOrderBecomesItsCloseOutNotesAndTheHistorySaysSo() {
        WorkOrder order = ApprovedWorkOrders.stored(orders, clock.instant());
        new WorkOrderDispatcher(
                        orders,
                        connector,
                        new InMemoryCmmsOutbox(),
                        audit,
                        clock,
                        new Random(1),
                        RetryPolicy.defaults(),
                        1)
                .dispatchDue();
        WorkOrderStatusSync sync = new WorkOrderStatusSync(orders, connector, new InMemoryCmmsCursors(), audit, clock);
        String wonum = maximo.wonumOf(order.id()).orElseThrow();

        maximo.advance(wonum, "INPRG");
        maximo.addWorkLog(wonum, "JSMITH", "Meter register read 01234; washer replaced; no leak after 15 minutes.");
        maximo.advance(wonum, "COMP");
        sync.syncOnce();
        maximo.advance(wonum, "CLOSE");
        sync.syncOnce();

        WorkOrder closed = orders.find(order.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(closed.closeOutNotes())
                .endsWith("JSMITH: Meter register read 01234; washer replaced; no leak after 15 minutes.")
                .as("read at COMP and again at CLOSE, kept once")
                .containsOnlyOnce("washer replaced");
        List<String> notes =
                orders.history(order.id()).stream().map(WorkOrderEvent::note).toList();
        assertThat(notes)
                .anySatisfy(note -> assertThat(note).contains("is COMP: ").contains("washer replaced"));
    }
}
