package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;

/** Meter alarms in PostgreSQL, idempotent on meter, time and code. */
public final class PostgresMeterEvents implements MeterEvents {

    private final DataSource dataSource;

    public PostgresMeterEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long append(Collection<MeterEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long inserted = appendWithin(connection, events);
            connection.commit();
            return inserted;
        } catch (SQLException e) {
            throw new StoreException("appending " + events.size() + " meter events", e);
        }
    }

    /** Appends in the connection's open transaction; @return how many were new */
    static long appendWithin(Connection connection, Collection<MeterEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO meter_event (meter_id, time, code, vendor_code) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (MeterEvent e : events) {
                insert.setString(1, e.meterId());
                insert.setTimestamp(2, Timestamp.from(e.time()));
                insert.setString(3, e.code().name());
                insert.setString(4, e.vendorCode());
                insert.addBatch();
            }
            long inserted = 0;
            for (int n : insert.executeBatch()) {
                inserted += Math.max(n, 0);
            }
            return inserted;
        }
    }

    @Override
    public List<MeterEvent> between(String meterId, Instant from, Instant to) {
        String sql = "SELECT time, code, vendor_code FROM meter_event WHERE meter_id = ? AND time >= ? AND time < ?"
                + " ORDER BY time, code";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, meterId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            List<MeterEvent> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(eventAt(rows, meterId, 1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("reading meter events of " + meterId, e);
        }
    }

    @Override
    public Map<String, List<MeterEvent>> between(Collection<String> meterIds, Instant from, Instant to) {
        String sql = "SELECT meter_id, time, code, vendor_code FROM meter_event WHERE meter_id = ANY (?)"
                + " AND time >= ? AND time < ? ORDER BY meter_id, time, code";
        Map<String, List<MeterEvent>> byMeter = new LinkedHashMap<>();
        if (meterIds.isEmpty()) {
            return byMeter;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", meterIds.toArray()));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String meter = rows.getString(1);
                    byMeter.computeIfAbsent(meter, m -> new ArrayList<>()).add(eventAt(rows, meter, 2));
                }
            }
            return byMeter;
        } catch (SQLException e) {
            throw new StoreException("reading meter events of " + meterIds.size() + " meters", e);
        }
    }

    // The time, code and vendor code columns start at timeColumn.
    private static MeterEvent eventAt(ResultSet rows, String meter, int timeColumn) throws SQLException {
        return new MeterEvent(
                meter,
                rows.getTimestamp(timeColumn).toInstant(),
                AlarmCode.valueOf(rows.getString(timeColumn + 1)),
                rows.getString(timeColumn + 2));
    }
}
