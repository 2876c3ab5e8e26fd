package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.workorder.CmmsOutbox;
import org.headwater.workorder.OutboxAction;
import org.headwater.workorder.OutboxEntry;

/** The work-order outbox's entries, one row per order and action. */
public final class PostgresCmmsOutbox implements CmmsOutbox {

    private static final String COLUMNS =
            "order_id, action, failures, next_attempt, last_error, fields, reason, revision";

    // an update over one still owed keeps its retry state and owes both edits' fields, due at the earlier instant
    private static final String PUT = "INSERT INTO work_order_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
            + " ON CONFLICT (order_id, action) DO UPDATE SET"
            + " failures = CASE WHEN excluded.action = 'UPDATE' THEN work_order_outbox.failures"
            + "   ELSE excluded.failures END,"
            + " next_attempt = CASE WHEN excluded.action = 'UPDATE'"
            + "   THEN LEAST(work_order_outbox.next_attempt, excluded.next_attempt) ELSE excluded.next_attempt END,"
            + " last_error = CASE WHEN excluded.action = 'UPDATE' THEN work_order_outbox.last_error"
            + "   ELSE excluded.last_error END,"
            + " fields = CASE WHEN excluded.action = 'UPDATE' THEN ARRAY(SELECT DISTINCT f FROM"
            + "   unnest(work_order_outbox.fields || excluded.fields) AS f ORDER BY f) ELSE excluded.fields END,"
            + " reason = excluded.reason,"
            + " revision = work_order_outbox.revision + 1";

    private final DataSource dataSource;

    public PostgresCmmsOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(OutboxEntry entry) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(PUT)) {
            bind(c, s, entry);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("storing the outbox's " + entry.action() + " of " + entry.orderId(), e);
        }
    }

    @Override
    public boolean replace(OutboxEntry entry) {
        String sql = "UPDATE work_order_outbox SET order_id = ?, action = ?, failures = ?, next_attempt = ?,"
                + " last_error = ?, fields = ?, reason = ? WHERE order_id = ? AND action = ? AND revision = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, entry);
            s.setString(8, entry.orderId());
            s.setString(9, entry.action().name());
            s.setLong(10, entry.revision());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("storing the outbox's " + entry.action() + " of " + entry.orderId(), e);
        }
    }

    @Override
    public boolean remove(OutboxEntry entry) {
        String sql = "DELETE FROM work_order_outbox WHERE order_id = ? AND action = ? AND revision = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, entry.orderId());
            s.setString(2, entry.action().name());
            s.setLong(3, entry.revision());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("removing the outbox's " + entry.action() + " of " + entry.orderId(), e);
        }
    }

    @Override
    public int removeAll(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        String sql = "DELETE FROM work_order_outbox o USING unnest(?::text[], ?::text[], ?::bigint[])"
                + " AS d(order_id, action, revision)"
                + " WHERE o.order_id = d.order_id AND o.action = d.action AND o.revision = d.revision";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(
                    1,
                    c.createArrayOf(
                            "text", entries.stream().map(OutboxEntry::orderId).toArray()));
            s.setArray(
                    2,
                    c.createArrayOf(
                            "text", entries.stream().map(e -> e.action().name()).toArray()));
            s.setArray(
                    3,
                    c.createArrayOf(
                            "bigint",
                            entries.stream().map(OutboxEntry::revision).toArray()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("removing " + entries.size() + " outbox entries", e);
        }
    }

    @Override
    public Optional<OutboxEntry> find(String orderId, OutboxAction action) {
        List<OutboxEntry> found = select(
                "WHERE order_id = ? AND action = ?",
                "reading the outbox's " + action + " of " + orderId,
                orderId,
                action.name());
        return found.stream().findFirst();
    }

    @Override
    public List<OutboxEntry> list(OutboxAction action) {
        return select(
                "WHERE action = ? ORDER BY next_attempt, order_id", "listing the outbox's " + action, action.name());
    }

    private List<OutboxEntry> select(String where, String operation, String... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM work_order_outbox " + where)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new OutboxEntry(
                            r.getString(1),
                            OutboxAction.valueOf(r.getString(2)),
                            r.getInt(3),
                            r.getTimestamp(4).toInstant(),
                            r.getString(5),
                            Set.of((String[]) r.getArray(6).getArray()),
                            r.getString(7),
                            r.getLong(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, OutboxEntry entry) throws SQLException {
        s.setString(1, entry.orderId());
        s.setString(2, entry.action().name());
        s.setInt(3, entry.failures());
        s.setTimestamp(4, Timestamp.from(entry.nextAttempt()));
        s.setString(5, entry.lastError());
        Array fields = c.createArrayOf("text", entry.fields().toArray());
        s.setArray(6, fields);
        s.setString(7, entry.reason());
    }
}
