package org.headwater.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.risk.BacktestFigure;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;

/** Scoring runs and their ranked lists in PostgreSQL; a run and its list are stored in one transaction. */
public final class PostgresRiskRuns implements RiskRuns {

    private static final String RUN_COLUMNS =
            "id, finished_at, trigger, model, settings, training_from, as_of, pipes, breaks, seconds, notes";

    private final DataSource dataSource;

    public PostgresRiskRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RiskRun save(RiskRun run, List<PipeRisk> ranking) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = insertRun(connection, run);
                insertDrift(connection, id, run.drift());
                insertBacktests(connection, id, run.backtests());
                insertRanking(connection, id, ranking);
                connection.commit();
                return run.withId(id);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("storing the risk run as of " + run.asOf(), e);
        }
    }

    private static long insertRun(Connection connection, RiskRun run) throws SQLException {
        String sql = "INSERT INTO risk_run (finished_at, trigger, model, settings, training_from, as_of, pipes,"
                + " breaks, seconds, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.from(run.finishedAt()));
            insert.setString(2, run.trigger());
            insert.setString(3, run.model());
            insert.setString(4, run.settings());
            insert.setDate(5, Date.valueOf(run.trainingFrom()));
            insert.setDate(6, Date.valueOf(run.asOf()));
            insert.setInt(7, run.pipes());
            insert.setInt(8, run.breaks());
            insert.setDouble(9, run.seconds());
            insert.setArray(10, connection.createArrayOf("text", run.notes().toArray()));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertDrift(Connection connection, long runId, List<DriftFigure> drift) throws SQLException {
        String sql = "INSERT INTO risk_run_drift (run_id, ord, name, psi, drifted) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < drift.size(); i++) {
                DriftFigure figure = drift.get(i);
                insert.setLong(1, runId);
                insert.setInt(2, i);
                insert.setString(3, figure.name());
                insert.setDouble(4, figure.index());
                insert.setBoolean(5, figure.drifted());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // NaN (a truth year without joined breaks) is a valid double precision value in PostgreSQL
    private static void insertBacktests(Connection connection, long runId, List<BacktestFigure> backtests)
            throws SQLException {
        String sql = "INSERT INTO risk_run_backtest (run_id, ord, as_of, truth_to, method, breaks, unjoined_breaks,"
                + " capture_at_5, capture_at_10, auc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < backtests.size(); i++) {
                BacktestFigure figure = backtests.get(i);
                insert.setLong(1, runId);
                insert.setInt(2, i);
                insert.setDate(3, Date.valueOf(figure.asOf()));
                insert.setDate(4, Date.valueOf(figure.truthTo()));
                insert.setString(5, figure.method());
                insert.setInt(6, figure.breaks());
                insert.setInt(7, figure.unjoinedBreaks());
                insert.setDouble(8, figure.captureAt5());
                insert.setDouble(9, figure.captureAt10());
                insert.setDouble(10, figure.auc());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<BacktestFigure> backtests(Connection connection, long runId) throws SQLException {
        String sql = "SELECT as_of, truth_to, method, breaks, unjoined_breaks, capture_at_5, capture_at_10, auc"
                + " FROM risk_run_backtest WHERE run_id = ? ORDER BY ord";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, runId);
            List<BacktestFigure> figures = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    figures.add(new BacktestFigure(
                            rows.getDate(1).toLocalDate(),
                            rows.getDate(2).toLocalDate(),
                            rows.getString(3),
                            rows.getInt(4),
                            rows.getInt(5),
                            rows.getDouble(6),
                            rows.getDouble(7),
                            rows.getDouble(8)));
                }
            }
            return figures;
        }
    }

    private static void insertRanking(Connection connection, long runId, List<PipeRisk> ranking) throws SQLException {
        String sql = "INSERT INTO risk_pipe_score (run_id, rank, pipe_id, length_m, cumulative_length_m,"
                + " likelihood, priority_per_km, factors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (PipeRisk pipe : ranking) {
                insert.setLong(1, runId);
                insert.setInt(2, pipe.rank());
                insert.setString(3, pipe.pipeId());
                insert.setDouble(4, pipe.lengthMetres());
                insert.setDouble(5, pipe.cumulativeLengthMetres());
                insert.setDouble(6, pipe.likelihood());
                insert.setDouble(7, pipe.priorityPerKm());
                insert.setArray(
                        8, connection.createArrayOf("text", pipe.factors().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<RiskRun> latest() {
        return recent(1).stream().findFirst();
    }

    @Override
    public List<RiskRun> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        String sql = "SELECT " + RUN_COLUMNS + " FROM risk_run ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            List<RiskRun> runs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows, List.of()));
                }
            }
            List<RiskRun> withDrift = new ArrayList<>(runs.size());
            for (RiskRun run : runs) {
                withDrift.add(run.withFigures(drift(connection, run.id()), backtests(connection, run.id())));
            }
            return withDrift;
        } catch (SQLException e) {
            throw new StoreException("listing risk runs", e);
        }
    }

    private static RiskRun run(ResultSet rows, List<DriftFigure> drift) throws SQLException {
        String[] notes = (String[]) rows.getArray(11).getArray();
        return new RiskRun(
                rows.getLong(1),
                rows.getTimestamp(2).toInstant(),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getDate(6).toLocalDate(),
                rows.getDate(7).toLocalDate(),
                rows.getInt(8),
                rows.getInt(9),
                rows.getDouble(10),
                drift,
                Arrays.asList(notes));
    }

    private static List<DriftFigure> drift(Connection connection, long runId) throws SQLException {
        String sql = "SELECT name, psi, drifted FROM risk_run_drift WHERE run_id = ? ORDER BY ord";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, runId);
            List<DriftFigure> figures = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    figures.add(new DriftFigure(rows.getString(1), rows.getDouble(2), rows.getBoolean(3)));
                }
            }
            return figures;
        }
    }

    @Override
    public List<PipeRisk> ranking(long runId, double budgetMetres, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + ", " + limit);
        }
        String sql = "SELECT rank, pipe_id, length_m, cumulative_length_m, likelihood, priority_per_km, factors"
                + " FROM risk_pipe_score WHERE run_id = ? AND cumulative_length_m <= ?"
                + " ORDER BY rank OFFSET ? LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, runId);
            query.setDouble(2, budgetMetres);
            query.setInt(3, offset);
            query.setInt(4, limit);
            List<PipeRisk> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new PipeRisk(
                            rows.getInt(1),
                            rows.getString(2),
                            rows.getDouble(3),
                            rows.getDouble(4),
                            rows.getDouble(5),
                            rows.getDouble(6),
                            Arrays.asList((String[]) rows.getArray(7).getArray())));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("reading the ranking of risk run " + runId, e);
        }
    }

    @Override
    public int countWithin(long runId, double budgetMetres) {
        String sql = "SELECT count(*) FROM risk_pipe_score WHERE run_id = ? AND cumulative_length_m <= ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, runId);
            query.setDouble(2, budgetMetres);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("counting the ranking of risk run " + runId, e);
        }
    }
}
