package org.headwater.store;

import java.time.Clock;
import org.headwater.testkit.CmmsCursorsContract;
import org.headwater.workorder.CmmsCursors;

/** The PostgreSQL status-sync cursors pass the port contract against a real embedded PostgreSQL server. */
class PostgresCmmsCursorsTest extends CmmsCursorsContract {

    @Override
    protected CmmsCursors cursors() {
        Jdbc.execute(TestDatabase.dataSource(), "DELETE FROM cmms_cursor", "emptying the cursors");
        return reopened();
    }

    @Override
    protected CmmsCursors reopened() {
        return new PostgresCmmsCursors(TestDatabase.dataSource(), Clock.systemUTC());
    }
}
