package org.headwater.store;

import org.headwater.notify.OpenEscalations;
import org.headwater.testkit.OpenEscalationsContract;

class PostgresOpenEscalationsContractTest extends OpenEscalationsContract {

    private final OpenEscalations escalations = new PostgresOpenEscalations(TestDatabase.dataSource());

    @Override
    protected OpenEscalations escalations() {
        return escalations;
    }
}
