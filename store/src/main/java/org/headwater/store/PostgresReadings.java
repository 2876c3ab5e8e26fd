package org.headwater.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Readings in PostgreSQL. Appends stream through binary {@code COPY} into a session-local staging table and
 * move into the partitioned table with {@code ON CONFLICT DO NOTHING}, so a batch is fast and a
 * re-sent duplicate is ignored.
 */
public final class PostgresReadings implements Readings {

    private static final String STAGING_DDL = "CREATE TEMP TABLE IF NOT EXISTS reading_staging"
            + " (source_id text, measurand smallint, time timestamptz, value double precision)"
            + " ON COMMIT DELETE ROWS";
    private static final String MOVE_STAGED = "INSERT INTO reading (source_id, measurand, time, value)"
            + " SELECT source_id, measurand, time, value FROM reading_staging ON CONFLICT DO NOTHING";

    private static final int COPY_BUFFER_BYTES = 1 << 16;

    private final DataSource dataSource;
    private final ReadingPartitions partitions = new ReadingPartitions();

    public PostgresReadings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long append(Collection<Reading> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            ensurePartitions(connection, readings);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING_DDL);
                copyIntoStaging(connection, readings);
                int inserted = statement.executeUpdate(MOVE_STAGED);
                connection.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("appending " + readings.size() + " readings", e);
        }
    }

    private void ensurePartitions(Connection connection, Collection<Reading> readings) throws SQLException {
        Set<Instant> months = new HashSet<>();
        for (Reading r : readings) {
            months.add(r.time()
                    .atOffset(ZoneOffset.UTC)
                    .withDayOfMonth(1)
                    .truncatedTo(ChronoUnit.DAYS)
                    .toInstant());
        }
        for (Instant month : months) {
            partitions.ensure(connection, month);
        }
    }

    private static void copyIntoStaging(Connection connection, Collection<Reading> readings) throws SQLException {
        PGCopyOutputStream copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "COPY reading_staging FROM STDIN (FORMAT binary)",
                COPY_BUFFER_BYTES);
        try (BinaryCopyRows rows = new BinaryCopyRows(copy)) {
            for (Reading r : readings) {
                rows.write(r, MeasurandCodes.code(r.measurand()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Reading> between(String sourceId, Measurand measurand, Instant from, Instant to) {
        String sql = "SELECT time, value FROM reading WHERE source_id = ? AND measurand = ? AND time >= ? AND time < ?"
                + " ORDER BY time";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, sourceId);
            query.setShort(2, MeasurandCodes.code(measurand));
            query.setTimestamp(3, Timestamp.from(from));
            query.setTimestamp(4, Timestamp.from(to));
            List<Reading> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new Reading(
                            sourceId, measurand, rows.getTimestamp(1).toInstant(), rows.getDouble(2)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("reading " + measurand + " of " + sourceId, e);
        }
    }

    @Override
    public long count() {
        return Jdbc.queryLong(dataSource, "SELECT count(*) FROM reading", "counting readings");
    }
}
