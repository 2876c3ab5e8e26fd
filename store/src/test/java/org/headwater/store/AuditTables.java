package org.headwater.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.audit.AuditTrail;

/** Direct SQL on the audit tables of the shared test database, as an intruder with database access would. */
final class AuditTables {

    private static final DataSource DATA_SOURCE = TestDatabase.dataSource();

    private AuditTables() {}

    // The trail is one chain per database, so each test starts from an emptied one.
    static AuditTrail emptiedTrail() {
        execute("TRUNCATE audit_event", "UPDATE audit_head SET last_sequence = 0, last_hash = repeat('0', 64)");
        return new PostgresAuditTrail(DATA_SOURCE, Clock.systemUTC());
    }

    static void execute(String... statements) {
        try (Connection c = DATA_SOURCE.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new StoreException("test SQL " + String.join("; ", statements), e);
        }
    }
}
