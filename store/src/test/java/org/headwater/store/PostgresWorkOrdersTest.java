package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.WorkOrdersContract;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderMoves;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrders;
import org.junit.jupiter.api.Test;

/** The PostgreSQL work orders pass the port contract against a real embedded PostgreSQL server. */
class PostgresWorkOrdersTest extends WorkOrdersContract {

    private static final Instant T = Instant.parse("2025-03-04T05:06:07Z");

    private final WorkOrders orders = new PostgresWorkOrders(TestDatabase.dataSource());

    @Override
    protected WorkOrders workOrders() {
        return orders;
    }

    @Test
    void aBatchThatFailsInTheMiddleStoresNoneOfItsMoves() {
        List<WorkOrder> approved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            approved.add(ApprovedWorkOrders.stored(orders, T));
        }
        List<WorkOrderMoves> moves = new ArrayList<>();
        for (WorkOrder order : approved) {
            // PostgreSQL refuses a NUL character in text: the third order's history entry cannot be written
            String note = order == approved.get(2) ? "queued \u0000" : "queued";
            moves.add(WorkOrderMoves.of(order, order.queue(T.plusSeconds(1)), "system:cmms", note));
        }

        assertThatThrownBy(() -> orders.updateAll(moves)).isInstanceOf(StoreException.class);

        for (WorkOrder order : approved) {
            assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.APPROVED);
            assertThat(orders.history(order.id())).hasSize(3);
        }
    }
}
