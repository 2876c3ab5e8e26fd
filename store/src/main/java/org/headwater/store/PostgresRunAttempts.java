package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.headwater.risk.RunAttempt;
import org.headwater.risk.RunAttempts;
import org.headwater.risk.RunState;
import org.jspecify.annotations.Nullable;

/** Break-risk scoring attempts in PostgreSQL; an end is written only over a RUNNING row. */
public final class PostgresRunAttempts implements RunAttempts {

    private static final String COLUMNS = "id, trigger, started_at, state, finished_at, reason, run_id";

    private final DataSource dataSource;

    public PostgresRunAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RunAttempt started(String trigger, Instant at) {
        String sql = "INSERT INTO risk_run_attempt (trigger, started_at, state) VALUES (?, ?, 'RUNNING') RETURNING "
                + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, trigger);
            insert.setTimestamp(2, Timestamp.from(at));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return attempt(row);
            }
        } catch (SQLException e) {
            throw new StoreException("recording the start of a break-risk run (" + trigger + ")", e);
        }
    }

    @Override
    public RunAttempt succeeded(long id, Instant at, long runId) {
        return end(id, RunState.SUCCEEDED, at, null, runId);
    }

    @Override
    public RunAttempt failed(long id, Instant at, String reason) {
        return end(id, RunState.FAILED, at, reason, null);
    }

    private RunAttempt end(long id, RunState to, Instant at, @Nullable String reason, @Nullable Long runId) {
        String sql = "UPDATE risk_run_attempt SET state = ?, finished_at = ?, reason = ?, run_id = ?"
                + " WHERE id = ? AND state = 'RUNNING' RETURNING " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, to.name());
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, reason);
            if (runId == null) {
                update.setNull(4, java.sql.Types.BIGINT);
            } else {
                update.setLong(4, runId);
            }
            update.setLong(5, id);
            try (ResultSet row = update.executeQuery()) {
                if (row.next()) {
                    return attempt(row);
                }
            }
            RunState from = stateOf(connection, id);
            from.requireMoveTo(to);
            throw new IllegalStateException("break-risk run " + id + " was not RUNNING");
        } catch (SQLException e) {
            throw new StoreException("recording the end (" + to + ") of break-risk run " + id, e);
        }
    }

    private static RunState stateOf(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT state FROM risk_run_attempt WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchElementException("no break-risk run with id " + id);
                }
                return RunState.valueOf(row.getString(1));
            }
        }
    }

    @Override
    public int failRunning(Instant at, String reason) {
        String sql =
                "UPDATE risk_run_attempt SET state = 'FAILED', finished_at = ?, reason = ? WHERE state = 'RUNNING'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, reason);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("failing break-risk runs left RUNNING", e);
        }
    }

    @Override
    public List<RunAttempt> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        String sql = "SELECT " + COLUMNS + " FROM risk_run_attempt ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            List<RunAttempt> attempts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.add(attempt(rows));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw new StoreException("listing break-risk runs", e);
        }
    }

    private static RunAttempt attempt(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp(5);
        long runId = row.getLong(7);
        boolean hasRun = !row.wasNull();
        return new RunAttempt(
                row.getLong(1),
                row.getString(2),
                row.getTimestamp(3).toInstant(),
                RunState.valueOf(row.getString(4)),
                finished == null ? null : finished.toInstant(),
                row.getString(6),
                hasRun ? runId : null);
    }
}
