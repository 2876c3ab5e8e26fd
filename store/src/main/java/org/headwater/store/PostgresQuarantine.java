package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;

/** Rejected records in PostgreSQL, newest first. */
public final class PostgresQuarantine implements Quarantine {

    private final DataSource dataSource;

    public PostgresQuarantine(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void add(Collection<RejectedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            addWithin(connection, records);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("quarantining " + records.size() + " records", e);
        }
    }

    /** Adds in the connection's open transaction; a record already quarantined is not added again. */
    static void addWithin(Connection connection, Collection<RejectedRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO quarantine (channel, position, raw, reason, detail, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (RejectedRecord r : records) {
                insert.setString(1, r.channel());
                insert.setLong(2, r.position());
                insert.setString(3, withoutNul(r.raw()));
                insert.setString(4, r.reason().name());
                insert.setString(5, withoutNul(r.detail()));
                insert.setTimestamp(6, Timestamp.from(r.receivedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // PostgreSQL text cannot hold NUL; a binary payload is still shown, with NUL made visible.
    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "\\0");
    }

    @Override
    public List<RejectedRecord> latest(Optional<RejectionReason> reason, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String sql = "SELECT channel, position, raw, reason, detail, received_at FROM quarantine"
                + (reason.isPresent() ? " WHERE reason = ?" : "") + " ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            if (reason.isPresent()) {
                query.setString(index++, reason.get().name());
            }
            query.setInt(index, limit);
            List<RejectedRecord> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new RejectedRecord(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            RejectionReason.valueOf(rows.getString(4)),
                            rows.getString(5),
                            rows.getTimestamp(6).toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("listing the quarantine", e);
        }
    }

    @Override
    public long count() {
        return Jdbc.queryLong(dataSource, "SELECT count(*) FROM quarantine", "counting the quarantine");
    }
}
