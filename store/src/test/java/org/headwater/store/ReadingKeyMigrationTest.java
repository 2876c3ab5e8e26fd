package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A database written by the text-keyed, monthly-partitioned schema (V1..V10) keeps its reads after V11. */
class ReadingKeyMigrationTest {

    private static EmbeddedDatabase database;
    private static DataSource dataSource;
    private static long countAfterMigration;

    @BeforeAll
    static void databaseOfTheOlderVersionWithReads() throws SQLException {
        database = EmbeddedDatabase.startForTests();
        dataSource = database.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("10")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // as the older PostgresReadings wrote them: monthly partitions, text source ids
            statement.execute("CREATE TABLE reading_2025_01 PARTITION OF reading"
                    + " FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00')");
            statement.execute("INSERT INTO reading VALUES"
                    + " ('MTR-1', 1, '2025-01-31 23:00:00+00', 5.5),"
                    + " ('MTR-1', 1, '2025-01-31 22:00:00+00', 4.5),"
                    + " ('MTR-1', 2, '2025-01-31 23:00:00+00', 1200),"
                    + " ('MTR-2', 1, '2025-01-31 23:00:00+00', 7),"
                    + " ('MTR-2', 1, '2025-02-01 00:00:00+00', 8)"); // February had no partition yet: the default one
        }
        Migrations.apply(dataSource);
        countAfterMigration = new PostgresReadings(dataSource).count();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void everyReadOfTheOlderSchemaIsKeptUnderItsSourceAndMeasurand() {
        PostgresReadings readings = new PostgresReadings(dataSource);
        Instant from = Instant.parse("2025-01-31T00:00:00Z");
        Instant to = Instant.parse("2025-02-02T00:00:00Z");

        assertThat(countAfterMigration).isEqualTo(5);
        assertThat(readings.between("MTR-1", Measurand.INTERVAL_VOLUME, from, to))
                .extracting(Reading::value)
                .containsExactly(4.5, 5.5);
        assertThat(readings.between("MTR-1", Measurand.REGISTER, from, to))
                .extracting(Reading::value)
                .containsExactly(1200.0);
        assertThat(readings.between("MTR-2", Measurand.INTERVAL_VOLUME, from, to))
                .extracting(Reading::time)
                .containsExactly(Instant.parse("2025-01-31T23:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"));
    }

    @Test
    void aReadOfTheOlderSchemaSentAgainIsStillADuplicateAndNewSourcesJoinIn() {
        PostgresReadings readings = new PostgresReadings(dataSource);
        Instant t = Instant.parse("2025-02-01T00:00:00Z");

        long added = readings.append(List.of(
                new Reading("MTR-2", Measurand.INTERVAL_VOLUME, t, 8),
                new Reading("MTR-3", Measurand.INTERVAL_VOLUME, t, 9)));

        assertThat(added).isEqualTo(1);
        assertThat(readings.between("MTR-3", Measurand.INTERVAL_VOLUME, t, t.plusSeconds(1)))
                .extracting(Reading::value)
                .containsExactly(9.0);
    }
}
