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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/**
 * Hourly and daily consumption totals in PostgreSQL (ADR 0018): per (meter, hour) recomputed from the
 * reading table, then the touched hours and days recomputed from those. Every step sets a figure from
 * what is stored instead of adding to it, so a batch refreshed twice counts once.
 */
public final class PostgresConsumptionTotals implements ConsumptionTotals {

    // Refreshes of one hour must not interleave (each would set the total it saw): one at a time.
    private static final long REFRESH_LOCK = 0x636f6e73756d70L;

    private static final String METER_HOURS = "WITH touched AS ("
            + " INSERT INTO consumption_meter_hour (source_id, hour, litres)"
            + " SELECT s.id, k.hour, sum(r.value::numeric)"
            + " FROM (SELECT name, to_timestamp(epoch) AS hour FROM unnest(?::text[], ?::bigint[]) AS u(name, epoch)) k"
            + " JOIN reading_source s ON s.name = k.name"
            + " JOIN reading r ON r.source_id = s.id AND r.measurand = ?"
            + " AND r.time >= k.hour AND r.time < k.hour + interval '1 hour'"
            + " GROUP BY s.id, k.hour"
            + " ON CONFLICT (source_id, hour) DO UPDATE SET litres = EXCLUDED.litres"
            + " RETURNING source_id, hour)"
            + " INSERT INTO consumption_meter_day (source_id, day)"
            + " SELECT DISTINCT source_id, (hour AT TIME ZONE 'UTC')::date FROM touched"
            + " ON CONFLICT DO NOTHING";
    private static final String HOURS = "INSERT INTO consumption_hour (hour, litres, meters)"
            + " SELECT hour, sum(litres), count(*) FROM consumption_meter_hour"
            + " WHERE hour IN (SELECT to_timestamp(e) FROM unnest(?::bigint[]) AS e)"
            + " GROUP BY hour"
            + " ON CONFLICT (hour) DO UPDATE SET litres = EXCLUDED.litres, meters = EXCLUDED.meters";
    private static final String DAYS = "INSERT INTO consumption_day (day, litres, meters)"
            + " SELECT d.day,"
            + " (SELECT sum(h.litres) FROM consumption_hour h"
            + " WHERE h.hour >= d.day AT TIME ZONE 'UTC' AND h.hour < (d.day + 1) AT TIME ZONE 'UTC'),"
            + " (SELECT count(*) FROM consumption_meter_day m WHERE m.day = d.day)"
            + " FROM (SELECT DISTINCT (to_timestamp(e) AT TIME ZONE 'UTC')::date AS day"
            + " FROM unnest(?::bigint[]) AS e) d"
            + " WHERE EXISTS (SELECT 1 FROM consumption_meter_day m WHERE m.day = d.day)"
            + " ON CONFLICT (day) DO UPDATE SET litres = EXCLUDED.litres, meters = EXCLUDED.meters";

    private record MeterHour(String source, long hour) {}

    private final DataSource dataSource;

    public PostgresConsumptionTotals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void refresh(Collection<Reading> stored) {
        Set<MeterHour> touched = new LinkedHashSet<>();
        for (Reading r : stored) {
            if (r.measurand() == Measurand.INTERVAL_VOLUME) {
                touched.add(new MeterHour(
                        r.sourceId(), VolumeBucket.HOUR.start(r.time()).getEpochSecond()));
            }
        }
        if (touched.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                refreshWithin(connection, touched);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("refreshing the consumption of " + touched.size() + " meter-hours", e);
        }
    }

    private static void refreshWithin(Connection connection, Set<MeterHour> touched) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, REFRESH_LOCK);
            lock.execute();
        }
        Long[] hours = touched.stream().map(MeterHour::hour).distinct().toArray(Long[]::new);
        try (PreparedStatement meterHours = connection.prepareStatement(METER_HOURS)) {
            meterHours.setArray(
                    1,
                    connection.createArrayOf(
                            "text", touched.stream().map(MeterHour::source).toArray()));
            meterHours.setArray(
                    2,
                    connection.createArrayOf(
                            "bigint", touched.stream().map(MeterHour::hour).toArray()));
            meterHours.setShort(3, MeasurandCodes.code(Measurand.INTERVAL_VOLUME));
            meterHours.executeUpdate();
        }
        for (String sql : List.of(HOURS, DAYS)) {
            try (PreparedStatement totals = connection.prepareStatement(sql)) {
                totals.setArray(1, connection.createArrayOf("bigint", hours));
                totals.executeUpdate();
            }
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
