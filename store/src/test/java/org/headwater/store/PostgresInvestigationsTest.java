package org.headwater.store;

import org.headwater.investigate.Investigations;
import org.headwater.testkit.InvestigationsContract;

/** The PostgreSQL investigations pass the port contract against a real embedded PostgreSQL server. */
class PostgresInvestigationsTest extends InvestigationsContract {

    private final Investigations investigations = new PostgresInvestigations(TestDatabase.dataSource());

    @Override
    protected Investigations investigations() {
        return investigations;
    }
}
