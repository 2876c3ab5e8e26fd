package org.headwater.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Readings in PostgreSQL, keyed by (source number, measurand code, time) in daily partitions (ADR
 * 0009). A batch streams through binary {@code COPY} straight into the partitioned table; when it
 * holds a reading already stored (a re-sent duplicate), the key refuses the whole COPY, which is
 * undone to a savepoint and the batch goes the slower way: {@code COPY} into a session-local
 * staging table, then {@code INSERT ... ON CONFLICT DO NOTHING}, so each duplicate is stored once.
 */
public final class PostgresReadings implements Readings {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String STAGING_DDL = "CREATE TEMP TABLE IF NOT EXISTS reading_staging"
            + " (source_id integer, measurand smallint, time timestamptz, value double precision)"
            + " ON COMMIT DELETE ROWS";
    private static final String COPY_DIRECT =
            "COPY reading (source_id, measurand, time, value) FROM STDIN (FORMAT binary)";
    private static final String COPY_STAGING = "COPY reading_staging FROM STDIN (FORMAT binary)";
    // The reads actually inserted are what the consumption totals gain (ADR 0018): a re-sent read adds nothing.
    private static final String MOVE_STAGED = "WITH moved AS (INSERT INTO reading (source_id, measurand, time, value)"
            + " SELECT source_id, measurand, time, value FROM reading_staging ON CONFLICT DO NOTHING"
            + " RETURNING source_id, measurand, time, value), "
            + ConsumptionDeltas.FROM_MOVED
            + " SELECT count(*) FROM moved";

    private static final int COPY_BUFFER_BYTES = 1 << 16;

    private final DataSource dataSource;
    private final ReadingPartitions partitions = new ReadingPartitions();
    private final ReadingSources sources = new ReadingSources();

    public PostgresReadings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long append(Collection<Reading> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Integer> sourceIds = prepare(connection, readings);
            connection.setAutoCommit(false);
            try {
                long inserted = appendInTransaction(connection, readings, sourceIds);
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

    /**
     * Creates the days' partitions and the sources' numbers the readings need, each committed at
     * once (autocommit), so the append's own transaction holds only the rows.
     */
    Map<String, Integer> prepare(Connection connection, Collection<Reading> readings) throws SQLException {
        connection.setAutoCommit(true);
        ensurePartitions(connection, readings);
        return sources.idsOf(connection, sourceNames(readings));
    }

    static long appendInTransaction(Connection connection, Collection<Reading> readings, Map<String, Integer> sourceIds)
            throws SQLException {
        Savepoint beforeCopy = connection.setSavepoint();
        long copied = -1;
        try {
            copied = copy(connection, COPY_DIRECT, readings, sourceIds);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
        }
        if (copied >= 0) {
            // Every read was new.
            ConsumptionDeltas.record(connection, readings, sourceIds);
            return copied;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING_DDL);
            copy(connection, COPY_STAGING, readings, sourceIds);
            try (ResultSet moved = statement.executeQuery(MOVE_STAGED)) {
                moved.next();
                return moved.getLong(1);
            }
        }
    }

    private static Set<String> sourceNames(Collection<Reading> readings) {
        Set<String> names = new HashSet<>();
        for (Reading r : readings) {
            names.add(r.sourceId());
        }
        return names;
    }

    private void ensurePartitions(Connection connection, Collection<Reading> readings) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        for (Reading r : readings) {
            days.add(ReadingPartitions.dayOf(r.time()));
        }
        for (LocalDate day : days) {
            partitions.ensure(connection, day);
        }
    }

    /** @return rows copied */
    private static long copy(Connection connection, String sql, Collection<Reading> readings, Map<String, Integer> ids)
            throws SQLException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, COPY_BUFFER_BYTES);
        try {
            BinaryCopyRows rows = new BinaryCopyRows(copy);
            for (Reading r : readings) {
                rows.write(ids.get(r.sourceId()), MeasurandCodes.code(r.measurand()), r.time(), r.value());
            }
            rows.finish();
            return copy.endCopy();
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException refused) {
                throw refused;
            }
            throw new UncheckedIOException(e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public List<Reading> between(String sourceId, Measurand measurand, Instant from, Instant to) {
        String sql = "SELECT time, value FROM reading WHERE source_id = ? AND measurand = ? AND time >= ? AND time < ?"
                + " ORDER BY time";
        try (Connection connection = dataSource.getConnection()) {
            OptionalInt id = sources.idOf(connection, sourceId);
            List<Reading> result = new ArrayList<>();
            if (id.isEmpty()) {
                return result;
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setInt(1, id.getAsInt());
                query.setShort(2, MeasurandCodes.code(measurand));
                query.setTimestamp(3, Timestamp.from(from));
                query.setTimestamp(4, Timestamp.from(to));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        result.add(new Reading(
                                sourceId, measurand, rows.getTimestamp(1).toInstant(), rows.getDouble(2)));
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("reading " + measurand + " of " + sourceId, e);
        }
    }

    @Override
    public Map<String, List<Reading>> between(
            Collection<String> sourceIds, Collection<Measurand> measurands, Instant from, Instant to) {
        String sql = "SELECT source_id, measurand, time, value FROM reading WHERE source_id = ANY (?)"
                + " AND measurand = ANY (?) AND time >= ? AND time < ? ORDER BY source_id, time, measurand";
        Map<String, List<Reading>> bySource = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<Integer, String> names = sources.namesOfKnown(connection, sourceIds);
            if (names.isEmpty() || measurands.isEmpty()) {
                return bySource;
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(
                        1, connection.createArrayOf("integer", names.keySet().toArray()));
                query.setArray(
                        2,
                        connection.createArrayOf(
                                "smallint",
                                measurands.stream().map(MeasurandCodes::code).toArray()));
                query.setTimestamp(3, Timestamp.from(from));
                query.setTimestamp(4, Timestamp.from(to));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String source = names.get(rows.getInt(1));
                        bySource.computeIfAbsent(source, s -> new ArrayList<>())
                                .add(new Reading(
                                        source,
                                        MeasurandCodes.measurand(rows.getShort(2)),
                                        rows.getTimestamp(3).toInstant(),
                                        rows.getDouble(4)));
                    }
                }
            }
            return bySource;
        } catch (SQLException e) {
            throw new StoreException("reading " + measurands + " of " + sourceIds.size() + " sources", e);
        }
    }

    @Override
    public List<VolumeTotal> totalVolume(Instant from, Instant to, VolumeBucket bucket) {
        String sql = "SELECT date_trunc('" + bucket.label() + "', time AT TIME ZONE 'UTC') AS start, sum(value),"
                + " count(DISTINCT source_id) FROM reading WHERE measurand = ? AND time >= ? AND time < ?"
                + " GROUP BY start ORDER BY start";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setShort(1, MeasurandCodes.code(Measurand.INTERVAL_VOLUME));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                List<VolumeTotal> totals = new ArrayList<>();
                while (rows.next()) {
                    Instant start =
                            rows.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                    totals.add(new VolumeTotal(start, rows.getDouble(2), rows.getInt(3)));
                }
                return totals;
            }
        } catch (SQLException e) {
            throw new StoreException("totalling interval volumes", e);
        }
    }

    @Override
    public long count() {
        return Jdbc.queryLong(dataSource, "SELECT count(*) FROM reading", "counting readings");
    }
}
