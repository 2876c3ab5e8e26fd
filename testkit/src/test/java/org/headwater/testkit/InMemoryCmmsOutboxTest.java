package org.headwater.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.workorder.CmmsOutbox;

class InMemoryCmmsOutboxTest extends CmmsOutboxContract {

    private final InMemoryCmmsOutbox outbox = new InMemoryCmmsOutbox();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    protected CmmsOutbox outbox() {
        return outbox;
    }

    @Override
    protected CmmsOutbox reopened() {
        return outbox;
    }

    @Override
    protected String anOrder() {
        return "WO-%06d".formatted(ids.incrementAndGet());
    }
}
