package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A quarantine written twice by the unkeyed schema (a retried batch) keeps one row per record after V13. */
class QuarantineKeyMigrationTest {

    private static EmbeddedDatabase database;
    private static DataSource dataSource;

    @BeforeAll
    static void databaseOfTheOlderVersionWithDuplicatedRows() throws SQLException {
        database = EmbeddedDatabase.startForTests();
        dataSource = database.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("12")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (int copy = 0; copy < 3; copy++) {
                statement.execute("INSERT INTO quarantine (channel, position, raw, reason, detail, received_at) VALUES"
                        + " ('mqtt:m1', 4, '{bad', 'INVALID_JSON', 'not JSON', '2025-03-01 10:00:00+00'),"
                        + " ('mqtt:m1', 5, '{worse', 'INVALID_JSON', 'not JSON', '2025-03-01 10:00:00+00')");
            }
            // Same channel and position at another time: a different record, kept.
            statement.execute("INSERT INTO quarantine (channel, position, raw, reason, detail, received_at) VALUES"
                    + " ('mqtt:m1', 4, '{bad', 'INVALID_JSON', 'not JSON', '2025-03-02 10:00:00+00')");
        }
        Migrations.apply(dataSource);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void duplicatedRowsAreFoldedIntoOneAndDistinctRecordsKept() {
        PostgresQuarantine quarantine = new PostgresQuarantine(dataSource);

        assertThat(quarantine.count()).isEqualTo(3);
        assertThat(quarantine.latest(Optional.empty(), 10))
                .extracting(RejectedRecord::raw)
                .containsExactlyInAnyOrder("{bad", "{worse", "{bad");
    }

    @Test
    void aRecordOfTheOlderSchemaQuarantinedAgainIsNotAddedTwice() {
        PostgresQuarantine quarantine = new PostgresQuarantine(dataSource);
        long before = quarantine.count();

        quarantine.add(List.of(new RejectedRecord(
                "mqtt:m1",
                5,
                "{worse",
                RejectionReason.INVALID_JSON,
                "not JSON",
                Instant.parse("2025-03-01T10:00:00Z"))));

        assertThat(quarantine.count()).isEqualTo(before);
    }
}
