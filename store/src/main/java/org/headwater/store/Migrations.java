package org.headwater.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database to the current schema with the Flyway migrations under {@code db/migration}. */
public final class Migrations {

    private Migrations() {}

    /** @return how many migrations were applied now */
    public static int apply(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
