package org.headwater.store;

import org.headwater.testkit.WorkOrdersContract;
import org.headwater.workorder.WorkOrders;

/** The PostgreSQL work orders pass the port contract against a real embedded PostgreSQL server. */
class PostgresWorkOrdersTest extends WorkOrdersContract {

    private final WorkOrders orders = new PostgresWorkOrders(TestDatabase.dataSource());

    @Override
    protected WorkOrders workOrders() {
        return orders;
    }
}
