package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/**
 * Hourly and daily consumption totals in PostgreSQL (ADR 0018). Storing reads records what the reads
 * it inserted add ({@code consumption_delta}); a fold deletes those rows and adds them to the totals in
 * one statement, so each is added exactly once: a fold run again finds nothing left to add.
 */
public final class PostgresConsumptionTotals implements ConsumptionTotals {

    // Folds run one at a time, each seeing what the one before it deleted and added.
    private static final long FOLD_LOCK = 0x636f6e73756d70L;

    // A meter-hour inserted now (xmax = 0) is a new meter of its hour, a meter-day inserted now of its day.
    private static final String FOLD =
            "WITH folded AS (DELETE FROM consumption_delta RETURNING source_id, hour, litres),"
                    + " meter_hours AS (INSERT INTO consumption_meter_hour (source_id, hour, litres)"
                    + " SELECT source_id, hour, sum(litres) FROM folded GROUP BY source_id, hour"
                    + " ON CONFLICT (source_id, hour) DO UPDATE SET litres = consumption_meter_hour.litres + EXCLUDED.litres"
                    + " RETURNING source_id, hour, xmax = 0 AS inserted),"
                    + " meter_days AS (INSERT INTO consumption_meter_day (source_id, day)"
                    + " SELECT DISTINCT source_id, (hour AT TIME ZONE 'UTC')::date FROM meter_hours WHERE inserted"
                    + " ON CONFLICT DO NOTHING RETURNING day),"
                    + " hours AS (INSERT INTO consumption_hour (hour, litres, meters)"
                    + " SELECT f.hour, f.litres, coalesce(n.meters, 0)"
                    + " FROM (SELECT hour, sum(litres) AS litres FROM folded GROUP BY hour) f"
                    + " LEFT JOIN (SELECT hour, count(*) AS meters FROM meter_hours WHERE inserted GROUP BY hour) n"
                    + " ON n.hour = f.hour"
                    + " ON CONFLICT (hour) DO UPDATE SET litres = consumption_hour.litres + EXCLUDED.litres,"
                    + " meters = consumption_hour.meters + EXCLUDED.meters)"
                    + " INSERT INTO consumption_day (day, litres, meters)"
                    + " SELECT f.day, f.litres, coalesce(n.meters, 0)"
                    + " FROM (SELECT (hour AT TIME ZONE 'UTC')::date AS day, sum(litres) AS litres FROM folded GROUP BY 1) f"
                    + " LEFT JOIN (SELECT day, count(*) AS meters FROM meter_days GROUP BY day) n ON n.day = f.day"
                    + " ON CONFLICT (day) DO UPDATE SET litres = consumption_day.litres + EXCLUDED.litres,"
                    + " meters = consumption_day.meters + EXCLUDED.meters";

    private final DataSource dataSource;

    public PostgresConsumptionTotals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void fold() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                    PreparedStatement fold = connection.prepareStatement(FOLD)) {
                lock.setLong(1, FOLD_LOCK);
                lock.execute();
                fold.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("folding stored reads into the consumption totals", e);
        }
    }

    @Override
    public List<VolumeTotal> totals(Instant from, Instant to, VolumeBucket bucket) {
        if (!bucket.start(from).equals(from) || !bucket.start(to).equals(to) || !from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "totals are kept per whole " + bucket.label() + ": from=" + from + ", to=" + to);
        }
        String sql = bucket == VolumeBucket.HOUR
                ? "SELECT hour, litres::float8, meters FROM consumption_hour WHERE hour >= ? AND hour < ? ORDER BY hour"
                : "SELECT day, litres::float8, meters FROM consumption_day WHERE day >= ? AND day < ? ORDER BY day";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (bucket == VolumeBucket.HOUR) {
                query.setTimestamp(1, Timestamp.from(from));
                query.setTimestamp(2, Timestamp.from(to));
            } else {
                query.setObject(1, LocalDate.ofInstant(from, ZoneOffset.UTC));
                query.setObject(2, LocalDate.ofInstant(to, ZoneOffset.UTC));
            }
            try (ResultSet rows = query.executeQuery()) {
                List<VolumeTotal> totals = new ArrayList<>();
                while (rows.next()) {
                    Instant start = bucket == VolumeBucket.HOUR
                            ? rows.getObject(1, OffsetDateTime.class).toInstant()
                            : rows.getObject(1, LocalDate.class)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant();
                    totals.add(new VolumeTotal(start, rows.getDouble(2), rows.getInt(3)));
                }
                return totals;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the consumption totals", e);
        }
    }
}
