package org.headwater.testkit;

import java.time.Clock;
import org.headwater.audit.AuditTrail;

/** The in-memory audit trail passes the same contract as the PostgreSQL one. */
class InMemoryAuditTrailTest extends AuditTrailContract {

    @Override
    protected AuditTrail emptyTrail() {
        return new InMemoryAuditTrail(Clock.systemUTC());
    }
}
