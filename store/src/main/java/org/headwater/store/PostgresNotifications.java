package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.notify.Acknowledgement;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Notifications;
import org.headwater.notify.Page;
import org.jspecify.annotations.Nullable;

/** Notifications and acknowledgements in PostgreSQL; saving replaces the row, so each delivery attempt updates it in place. */
public final class PostgresNotifications implements Notifications {

    private static final String COLUMNS = "id, alert_id, alert_type, severity, source_id, zone_id, alert_time,"
            + " contact_id, role, channel, kind, state, attempts, next_attempt_at, last_error, created_at, updated_at";

    private final DataSource dataSource;

    public PostgresNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Notification n) {
        String sql = "INSERT INTO notification (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET state = excluded.state, attempts = excluded.attempts,"
                + " next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error,"
                + " updated_at = excluded.updated_at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            AlertSummary alert = n.alert();
            statement.setString(1, n.id());
            statement.setString(2, alert.alertId());
            statement.setString(3, alert.type().name());
            statement.setString(4, alert.severity().name());
            statement.setString(5, alert.sourceId());
            statement.setString(6, alert.zoneId());
            statement.setTimestamp(7, Timestamp.from(alert.time()));
            statement.setString(8, n.contactId());
            statement.setString(9, n.role());
            statement.setString(10, n.channel().name());
            statement.setString(11, n.kind().name());
            statement.setString(12, n.state().name());
            statement.setInt(13, n.attempts());
            statement.setTimestamp(14, n.nextAttemptAt() == null ? null : Timestamp.from(n.nextAttemptAt()));
            statement.setString(15, n.lastError());
            statement.setTimestamp(16, Timestamp.from(n.createdAt()));
            statement.setTimestamp(17, Timestamp.from(n.updatedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving notification " + n.id(), e);
        }
    }

    @Override
    public Optional<Notification> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM notification WHERE id = ?", "reading notification " + id, id).stream()
                .findFirst();
    }

    @Override
    public List<Notification> due(Instant now, int limit) {
        return query(
                "SELECT " + COLUMNS + " FROM notification WHERE state IN ('PENDING', 'RETRYING')"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                "reading due notifications",
                Timestamp.from(now),
                limit);
    }

    @Override
    public List<Notification> list(@Nullable NotificationState state, int limit) {
        if (state == null) {
            return query(
                    "SELECT " + COLUMNS + " FROM notification ORDER BY created_at DESC, id LIMIT ?",
                    "listing notifications",
                    limit);
        }
        return query(
                "SELECT " + COLUMNS + " FROM notification WHERE state = ? ORDER BY created_at DESC, id LIMIT ?",
                "listing notifications",
                state.name(),
                limit);
    }

    @Override
    public List<Notification> forAlert(String alertId) {
        return query(
                "SELECT " + COLUMNS + " FROM notification WHERE alert_id = ? ORDER BY created_at, id",
                "reading notifications of " + alertId,
                alertId);
    }

    @Override
    public void acknowledge(Acknowledgement ack) {
        String sql = "INSERT INTO alert_acknowledgement (alert_id, acknowledged_by, acknowledged_at) VALUES (?,?,?)"
                + " ON CONFLICT (alert_id) DO NOTHING";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ack.alertId());
            statement.setString(2, ack.acknowledgedBy());
            statement.setTimestamp(3, Timestamp.from(ack.acknowledgedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording acknowledgement of " + ack.alertId(), e);
        }
    }

    @Override
    public Optional<Acknowledgement> acknowledgement(String alertId) {
        String sql = "SELECT acknowledged_by, acknowledged_at FROM alert_acknowledgement WHERE alert_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Acknowledgement(
                                alertId, rows.getString(1), rows.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading acknowledgement of " + alertId, e);
        }
    }

    private List<Notification> query(String sql, String operation, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Notification> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    private static Notification row(ResultSet rows) throws SQLException {
        Timestamp next = rows.getTimestamp("next_attempt_at");
        return new Notification(
                rows.getString("id"),
                new AlertSummary(
                        rows.getString("alert_id"),
                        AlertType.valueOf(rows.getString("alert_type")),
                        Severity.valueOf(rows.getString("severity")),
                        rows.getString("source_id"),
                        rows.getString("zone_id"),
                        rows.getTimestamp("alert_time").toInstant()),
                rows.getString("contact_id"),
                rows.getString("role"),
                Channel.valueOf(rows.getString("channel")),
                Page.Kind.valueOf(rows.getString("kind")),
                NotificationState.valueOf(rows.getString("state")),
                rows.getInt("attempts"),
                next == null ? null : next.toInstant(),
                rows.getString("last_error"),
                rows.getTimestamp("created_at").toInstant(),
                rows.getTimestamp("updated_at").toInstant());
    }
}
