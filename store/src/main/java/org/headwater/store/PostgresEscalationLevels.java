package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.headwater.workorder.EscalationLevels;

/** How far each overdue approval was escalated, one row per order and stay in the queue. */
public final class PostgresEscalationLevels implements EscalationLevels {

    private final DataSource dataSource;
    private final Clock clock;

    public PostgresEscalationLevels(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public int reached(String orderId, Instant queuedAt) {
        String sql = "SELECT level FROM work_order_escalation WHERE order_id = ? AND queued_at = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, orderId);
            s.setTimestamp(2, Timestamp.from(queuedAt));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the escalation level of " + orderId, e);
        }
    }

    @Override
    public void save(String orderId, Instant queuedAt, int level) {
        if (level < 1) {
            throw new IllegalArgumentException("level: escalation levels start at 1, got " + level);
        }
        String sql = "INSERT INTO work_order_escalation (order_id, queued_at, level, updated_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (order_id, queued_at) DO UPDATE"
                + " SET level = GREATEST(work_order_escalation.level, excluded.level), updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, orderId);
            s.setTimestamp(2, Timestamp.from(queuedAt));
            s.setInt(3, level);
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving the escalation level of " + orderId, e);
        }
    }

    @Override
    public void forget(String orderId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM work_order_escalation WHERE order_id = ?")) {
            s.setString(1, orderId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("forgetting the escalation levels of " + orderId, e);
        }
    }
}
