package org.headwater.store;

import java.time.Clock;
import org.headwater.testkit.EscalationLevelsContract;
import org.headwater.workorder.EscalationLevels;

/** The PostgreSQL escalation levels pass the port contract against a real embedded PostgreSQL server. */
class PostgresEscalationLevelsTest extends EscalationLevelsContract {

    @Override
    protected EscalationLevels levels() {
        Jdbc.execute(TestDatabase.dataSource(), "DELETE FROM work_order_escalation", "emptying the levels");
        return reopened();
    }

    @Override
    protected EscalationLevels reopened() {
        return new PostgresEscalationLevels(TestDatabase.dataSource(), Clock.systemUTC());
    }
}
