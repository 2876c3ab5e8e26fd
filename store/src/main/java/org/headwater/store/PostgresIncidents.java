package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Incidents;

/** Incidents in PostgreSQL; saving replaces the row, so an incident grows and closes in place. */
public final class PostgresIncidents implements Incidents {

    private static final String COLUMNS =
            "id, kind, family, zone_id, alert_ids, source_ids, first_alert_at, last_alert_at, closed_at, join_reasons";

    private final DataSource dataSource;

    public PostgresIncidents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Incident incident) {
        String sql = "INSERT INTO incident (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, family = excluded.family,"
                + " zone_id = excluded.zone_id, alert_ids = excluded.alert_ids, source_ids = excluded.source_ids,"
                + " first_alert_at = excluded.first_alert_at, last_alert_at = excluded.last_alert_at,"
                + " closed_at = excluded.closed_at, join_reasons = excluded.join_reasons";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, incident.id());
            s.setString(2, incident.kind().name());
            s.setString(3, incident.family().name());
            s.setString(4, incident.zoneId());
            s.setArray(5, c.createArrayOf("text", incident.alertIds().toArray()));
            s.setArray(6, c.createArrayOf("text", incident.sourceIds().toArray()));
            s.setTimestamp(7, Timestamp.from(incident.firstAlertAt()));
            s.setTimestamp(8, Timestamp.from(incident.lastAlertAt()));
            s.setTimestamp(9, incident.closedAt() == null ? null : Timestamp.from(incident.closedAt()));
            s.setArray(10, c.createArrayOf("text", joinReasons(incident)));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving incident " + incident.id(), e);
        }
    }

    @Override
    public Optional<Incident> find(String id) {
        return select("WHERE id = ?", id, null, 1).stream().findFirst();
    }

    @Override
    public List<Incident> open() {
        return select("WHERE closed_at IS NULL ORDER BY first_alert_at, id", null, null, Integer.MAX_VALUE);
    }

    @Override
    public List<Incident> between(Instant from, Instant to) {
        return select(
                "WHERE first_alert_at >= ? AND first_alert_at < ? ORDER BY first_alert_at, id",
                from,
                to,
                Integer.MAX_VALUE);
    }

    @Override
    public Optional<Incident> containing(String alertId) {
        return select("WHERE alert_ids @> ARRAY[?]::text[]", alertId, null, 1).stream()
                .findFirst();
    }

    @Override
    public List<Incident> latest(int limit) {
        return select("ORDER BY last_alert_at DESC, id", null, null, limit);
    }

    // Stored parallel to alert_ids; a member without a reason is stored as NULL.
    private static String[] joinReasons(Incident incident) {
        return incident.alertIds().stream()
                .map(id -> incident.joinReasons().get(id))
                .toArray(String[]::new);
    }

    private static Map<String, String> joinReasons(List<String> alertIds, String[] reasons) {
        Map<String, String> byAlert = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(alertIds.size(), reasons.length); i++) {
            if (reasons[i] != null) {
                byAlert.put(alertIds.get(i), reasons[i]);
            }
        }
        return byAlert;
    }

    private List<Incident> select(String where, Object first, Object second, int limit) {
        String sql =
                "SELECT " + COLUMNS + " FROM incident " + where + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int index = 1;
            for (Object p : new Object[] {first, second}) {
                if (p instanceof Instant instant) {
                    s.setTimestamp(index++, Timestamp.from(instant));
                } else if (p instanceof String text) {
                    s.setString(index++, text);
                }
            }
            List<Incident> incidents = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp closed = r.getTimestamp(9);
                    List<String> alertIds =
                            Arrays.asList((String[]) r.getArray(5).getArray());
                    incidents.add(new Incident(
                            r.getString(1),
                            IncidentKind.valueOf(r.getString(2)),
                            AlertType.Family.valueOf(r.getString(3)),
                            r.getString(4),
                            alertIds,
                            Arrays.asList((String[]) r.getArray(6).getArray()),
                            r.getTimestamp(7).toInstant(),
                            r.getTimestamp(8).toInstant(),
                            closed == null ? null : closed.toInstant(),
                            joinReasons(alertIds, (String[]) r.getArray(10).getArray())));
                }
            }
            return incidents;
        } catch (SQLException e) {
            throw new StoreException("reading incidents", e);
        }
    }
}
