package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.forecast.DmaForecast;
import org.headwater.forecast.ForecastHour;
import org.headwater.forecast.Forecasts;
import org.jspecify.annotations.Nullable;

/** DMA forecasts in PostgreSQL: a header row per area and origin, a row per forecast hour. */
public final class PostgresForecasts implements Forecasts {

    private static final String UPSERT_HEADER =
            "INSERT INTO dma_forecast (area_id, origin, issued_at, model, interval_level)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (area_id, origin) DO UPDATE"
                    + " SET issued_at = excluded.issued_at, model = excluded.model, interval_level = excluded.interval_level";
    private static final String DELETE_HOURS = "DELETE FROM dma_forecast_hour WHERE area_id = ? AND origin = ?";
    private static final String INSERT_HOUR = "INSERT INTO dma_forecast_hour"
            + " (area_id, origin, hour, litres_per_s, lower_lps, upper_lps) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String LATEST_HEADER = "SELECT origin, issued_at, model, interval_level FROM dma_forecast"
            + " WHERE area_id = ? ORDER BY origin DESC LIMIT 1";
    private static final String HOURS_OF = "SELECT hour, litres_per_s, lower_lps, upper_lps FROM dma_forecast_hour"
            + " WHERE area_id = ? AND origin = ? ORDER BY hour";
    private static final String FRESHEST = "SELECT DISTINCT ON (hour) hour, litres_per_s, lower_lps, upper_lps"
            + " FROM dma_forecast_hour WHERE area_id = ? AND hour >= ? AND hour < ? AND origin <= hour"
            + " ORDER BY hour, origin DESC";

    private final DataSource dataSource;

    public PostgresForecasts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(DmaForecast forecast) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writeHeader(connection, forecast);
                writeHours(connection, forecast);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("saving the forecast of " + forecast.areaId() + " from " + forecast.origin(), e);
        }
    }

    private static void writeHeader(Connection connection, DmaForecast forecast) throws SQLException {
        try (PreparedStatement header = connection.prepareStatement(UPSERT_HEADER);
                PreparedStatement delete = connection.prepareStatement(DELETE_HOURS)) {
            header.setString(1, forecast.areaId());
            header.setTimestamp(2, Timestamp.from(forecast.origin()));
            header.setTimestamp(3, Timestamp.from(forecast.issuedAt()));
            header.setString(4, forecast.model());
            header.setDouble(5, forecast.intervalLevel());
            header.executeUpdate();
            delete.setString(1, forecast.areaId());
            delete.setTimestamp(2, Timestamp.from(forecast.origin()));
            delete.executeUpdate();
        }
    }

    private static void writeHours(Connection connection, DmaForecast forecast) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HOUR)) {
            for (ForecastHour hour : forecast.hours()) {
                insert.setString(1, forecast.areaId());
                insert.setTimestamp(2, Timestamp.from(forecast.origin()));
                insert.setTimestamp(3, Timestamp.from(hour.hour()));
                insert.setDouble(4, hour.litresPerSecond());
                setBound(insert, 5, hour.lowerLitresPerSecond());
                setBound(insert, 6, hour.upperLitresPerSecond());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setBound(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    @Override
    public Optional<DmaForecast> latest(String areaId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(LATEST_HEADER)) {
            query.setString(1, areaId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant origin = row.getTimestamp(1).toInstant();
                return Optional.of(new DmaForecast(
                        areaId,
                        origin,
                        row.getTimestamp(2).toInstant(),
                        row.getString(3),
                        row.getDouble(4),
                        hours(connection, HOURS_OF, areaId, origin, null)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the latest forecast of " + areaId, e);
        }
    }

    @Override
    public List<ForecastHour> freshest(String areaId, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection()) {
            return hours(connection, FRESHEST, areaId, from, to);
        } catch (SQLException e) {
            throw new StoreException("reading forecasts of " + areaId + " from " + from + " to " + to, e);
        }
    }

    private static List<ForecastHour> hours(
            Connection connection, String sql, String areaId, Instant first, @Nullable Instant second)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, areaId);
            query.setTimestamp(2, Timestamp.from(first));
            if (second != null) {
                query.setTimestamp(3, Timestamp.from(second));
            }
            List<ForecastHour> hours = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hours.add(new ForecastHour(
                            rows.getTimestamp(1).toInstant(), rows.getDouble(2), bound(rows, 3), bound(rows, 4)));
                }
            }
            return hours;
        }
    }

    private static double bound(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }
}
