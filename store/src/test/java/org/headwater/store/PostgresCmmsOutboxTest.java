package org.headwater.store;

import java.time.Instant;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.testkit.CmmsOutboxContract;
import org.headwater.workorder.CmmsOutbox;

/** The PostgreSQL outbox entries pass the port contract against a real embedded PostgreSQL server. */
class PostgresCmmsOutboxTest extends CmmsOutboxContract {

    @Override
    protected CmmsOutbox outbox() {
        Jdbc.execute(TestDatabase.dataSource(), "DELETE FROM work_order_outbox", "emptying the outbox");
        return reopened();
    }

    @Override
    protected CmmsOutbox reopened() {
        return new PostgresCmmsOutbox(TestDatabase.dataSource());
    }

    @Override
    protected String anOrder() {
        return ApprovedWorkOrders.stored(
                        new PostgresWorkOrders(TestDatabase.dataSource()), Instant.parse("2025-05-06T03:00:00Z"))
                .id();
    }
}
