package org.headwater.workorder;

import java.time.Instant;
import java.util.Random;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmms;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.SettableClock;

/** The outbox over in-memory orders, audit trail and CMMS, on a settable clock. */
final class OutboxRig {

    final SettableClock clock;
    final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    final InMemoryAuditTrail audit;
    final InMemoryCmms cmms;
    final InMemoryCmmsOutbox outbox = new InMemoryCmmsOutbox();

    OutboxRig(Instant start) {
        clock = new SettableClock(start);
        audit = new InMemoryAuditTrail(clock);
        cmms = new InMemoryCmms(clock);
    }

    WorkOrderDispatcher dispatcher(RetryPolicy policy, int parallelism, long seed) {
        return new WorkOrderDispatcher(orders, cmms, outbox, audit, clock, new Random(seed), policy, parallelism);
    }
}
