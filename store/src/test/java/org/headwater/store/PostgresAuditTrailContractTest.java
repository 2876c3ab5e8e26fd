package org.headwater.store;

import org.headwater.audit.AuditTrail;
import org.headwater.testkit.AuditTrailContract;

/** The PostgreSQL audit trail passes the port contract, concurrent appends included. */
class PostgresAuditTrailContractTest extends AuditTrailContract {

    @Override
    protected AuditTrail emptyTrail() {
        return AuditTables.emptiedTrail();
    }
}
