package org.headwater.store;

import javax.sql.DataSource;

/** One migrated embedded PostgreSQL per test JVM; tests keep apart by using their own ids. */
final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {}

    static synchronized DataSource dataSource() {
        if (database == null) {
            database = EmbeddedDatabase.startForTests();
            Migrations.apply(database.dataSource());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database.dataSource();
    }
}
