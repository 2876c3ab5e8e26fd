package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Escalation;
import org.headwater.notify.EscalationChain;
import org.headwater.notify.EscalationStep;
import org.headwater.notify.OpenEscalations;

/** Open escalations in PostgreSQL, one row per alert, replaced at every step. */
public final class PostgresOpenEscalations implements OpenEscalations {

    private final DataSource dataSource;

    public PostgresOpenEscalations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Open open) {
        Escalation e = open.escalation();
        AlertSummary alert = e.alert();
        String sql = "INSERT INTO open_escalation (alert_id, alert_type, severity, source_id, zone_id, alert_time,"
                + " chain_steps, reminder_every, channels, started_at, reached, last_notice_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (alert_id) DO UPDATE SET"
                + " reached = excluded.reached, last_notice_at = excluded.last_notice_at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alert.alertId());
            statement.setString(2, alert.type().name());
            statement.setString(3, alert.severity().name());
            statement.setString(4, alert.sourceId());
            statement.setString(5, alert.zoneId());
            statement.setTimestamp(6, Timestamp.from(alert.time()));
            statement.setArray(
                    7,
                    connection.createArrayOf(
                            "text",
                            e.chain().steps().stream()
                                    .map(step -> step.role() + "=" + step.after())
                                    .toArray()));
            statement.setString(8, e.chain().reminderEvery().toString());
            statement.setArray(
                    9,
                    connection.createArrayOf(
                            "text",
                            open.channels().stream().map(Channel::name).sorted().toArray()));
            statement.setTimestamp(10, Timestamp.from(e.startedAt()));
            statement.setInt(11, e.reached());
            statement.setTimestamp(12, e.lastNoticeAt() == null ? null : Timestamp.from(e.lastNoticeAt()));
            statement.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("saving the escalation of " + alert.alertId(), ex);
        }
    }

    @Override
    public void remove(String alertId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("DELETE FROM open_escalation WHERE alert_id = ?")) {
            statement.setString(1, alertId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("removing the escalation of " + alertId, e);
        }
    }

    @Override
    public List<Open> all() {
        String sql = "SELECT alert_id, alert_type, severity, source_id, zone_id, alert_time, chain_steps,"
                + " reminder_every, channels, started_at, reached, last_notice_at FROM open_escalation"
                + " ORDER BY started_at, alert_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<Open> open = new ArrayList<>();
            while (rows.next()) {
                AlertSummary alert = new AlertSummary(
                        rows.getString(1),
                        AlertType.valueOf(rows.getString(2)),
                        Severity.valueOf(rows.getString(3)),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getTimestamp(6).toInstant());
                List<EscalationStep> steps = new ArrayList<>();
                for (String step : texts(rows.getArray(7))) {
                    int at = step.lastIndexOf('=');
                    steps.add(new EscalationStep(step.substring(0, at), Duration.parse(step.substring(at + 1))));
                }
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                for (String channel : texts(rows.getArray(9))) {
                    channels.add(Channel.valueOf(channel));
                }
                Timestamp lastNotice = rows.getTimestamp(12);
                Escalation escalation = new Escalation(
                        alert,
                        new EscalationChain(steps, Duration.parse(rows.getString(8))),
                        rows.getTimestamp(10).toInstant(),
                        rows.getInt(11),
                        lastNotice == null ? null : lastNotice.toInstant(),
                        null);
                open.add(new Open(escalation, channels));
            }
            return open;
        } catch (SQLException e) {
            throw new StoreException("reading open escalations", e);
        }
    }

    private static String[] texts(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
