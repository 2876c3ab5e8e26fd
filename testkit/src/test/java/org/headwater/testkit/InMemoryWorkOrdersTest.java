package org.headwater.testkit;

import org.headwater.workorder.WorkOrders;

class InMemoryWorkOrdersTest extends WorkOrdersContract {

    private final InMemoryWorkOrders orders = new InMemoryWorkOrders();

    @Override
    protected WorkOrders workOrders() {
        return orders;
    }
}
