package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.investigate.Cause;
import org.headwater.investigate.ChecklistResult;
import org.headwater.investigate.Conclusion;
import org.headwater.investigate.InvestigatedAlert;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationQuery;
import org.headwater.investigate.InvestigationStep;
import org.headwater.investigate.Investigations;
import org.headwater.investigate.NotifiedParty;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/** Investigations in PostgreSQL; saving replaces the row, so each figure 6-1 move is saved in place. */
public final class PostgresInvestigations implements Investigations {

    private static final List<String> COLUMNS = List.of(
            "id",
            "incident_id",
            "alert_ids",
            "alert_type",
            "alert_time",
            "source_id",
            "zone_id",
            "x",
            "y",
            "crs",
            "detector",
            "threshold_version",
            "assignee",
            "step",
            "step_names",
            "step_times",
            "check_items",
            "check_findings",
            "check_notes",
            "conclusion_kind",
            "cause_code",
            "cause_category",
            "cause_description",
            "notified",
            "conclusion_notes",
            "concluded_by",
            "concluded_at");

    private final DataSource dataSource;

    public PostgresInvestigations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Investigation investigation) {
        String columns = String.join(", ", COLUMNS);
        String values = String.join(", ", COLUMNS.stream().map(c -> "?").toList());
        String updates = String.join(
                ", ", COLUMNS.stream().skip(1).map(c -> c + " = excluded." + c).toList());
        String sql = "INSERT INTO investigation (" + columns + ") VALUES (" + values
                + ") ON CONFLICT (id) DO UPDATE SET " + updates;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, investigation);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving investigation " + investigation.id(), e);
        }
    }

    @Override
    public Optional<Investigation> find(String id) {
        return select("WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public List<Investigation> about(String incidentOrAlertId) {
        return select(
                "WHERE incident_id = ? OR ? = ANY (alert_ids) ORDER BY alert_time, id",
                List.of(incidentOrAlertId, incidentOrAlertId));
    }

    @Override
    public List<Investigation> list(InvestigationQuery query) {
        StringBuilder where = new StringBuilder("WHERE true");
        List<Object> params = new ArrayList<>();
        if (query.step() != null) {
            where.append(" AND step = ?");
            params.add(query.step().name());
        }
        if (query.assignee() != null) {
            where.append(" AND assignee = ?");
            params.add(query.assignee());
        }
        if (query.type() != null) {
            where.append(" AND alert_type = ?");
            params.add(query.type().name());
        }
        if (query.alertFrom() != null) {
            where.append(" AND alert_time >= ?");
            params.add(query.alertFrom());
        }
        if (query.alertTo() != null) {
            where.append(" AND alert_time < ?");
            params.add(query.alertTo());
        }
        return select(where + " ORDER BY alert_time, id", params);
    }

    private static void bind(Connection c, PreparedStatement s, Investigation investigation) throws SQLException {
        InvestigatedAlert a = investigation.subject();
        s.setString(1, investigation.id());
        s.setString(2, a.incidentId());
        s.setArray(3, c.createArrayOf("text", a.alertIds().toArray()));
        s.setString(4, a.type().name());
        s.setTimestamp(5, Timestamp.from(a.alertTime()));
        s.setString(6, a.sourceId());
        s.setString(7, a.zoneId());
        Location location = a.location();
        if (location == null) {
            s.setNull(8, Types.DOUBLE);
            s.setNull(9, Types.DOUBLE);
            s.setNull(10, Types.VARCHAR);
        } else {
            s.setDouble(8, location.x());
            s.setDouble(9, location.y());
            s.setString(10, location.crs().code());
        }
        s.setString(11, a.detector());
        s.setLong(12, a.thresholdVersion());
        s.setString(13, investigation.assignee());
        s.setString(14, investigation.step().name());
        Map<InvestigationStep, Instant> times = investigation.enteredAt();
        s.setArray(
                15,
                c.createArrayOf("text", times.keySet().stream().map(Enum::name).toArray()));
        s.setArray(
                16,
                c.createArrayOf(
                        "timestamptz",
                        times.values().stream().map(Timestamp::from).toArray()));
        List<ChecklistResult> checks = investigation.checklist();
        s.setArray(
                17,
                c.createArrayOf(
                        "text", checks.stream().map(ChecklistResult::itemId).toArray()));
        s.setArray(
                18,
                c.createArrayOf(
                        "text", checks.stream().map(r -> r.finding().name()).toArray()));
        s.setArray(
                19,
                c.createArrayOf(
                        "text", checks.stream().map(ChecklistResult::note).toArray()));
        bindConclusion(c, s, investigation.conclusion());
    }

    private static void bindConclusion(Connection c, PreparedStatement s, @Nullable Conclusion conclusion)
            throws SQLException {
        Cause cause = conclusion instanceof Conclusion.Closed closed ? closed.cause() : null;
        Set<NotifiedParty> notified =
                conclusion instanceof Conclusion.Escalated escalated ? escalated.notified() : null;
        s.setString(20, conclusion == null ? null : conclusion instanceof Conclusion.Closed ? "CLOSED" : "ESCALATED");
        s.setString(21, cause == null ? null : cause.code());
        s.setString(22, cause == null ? null : cause.category().name());
        s.setString(23, cause == null ? null : cause.description());
        s.setArray(
                24,
                notified == null
                        ? null
                        : c.createArrayOf(
                                "text", notified.stream().map(Enum::name).toArray()));
        s.setString(25, conclusion == null ? null : conclusion.notes());
        s.setString(26, conclusion == null ? null : conclusion.by());
        s.setTimestamp(27, conclusion == null ? null : Timestamp.from(conclusion.at()));
    }

    private List<Investigation> select(String where, List<Object> params) {
        String sql = "SELECT " + String.join(", ", COLUMNS) + " FROM investigation " + where;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof Instant instant) {
                    s.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    s.setString(i + 1, (String) params.get(i));
                }
            }
            List<Investigation> investigations = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    investigations.add(investigation(r));
                }
            }
            return investigations;
        } catch (SQLException e) {
            throw new StoreException("reading investigations", e);
        }
    }

    private static Investigation investigation(ResultSet r) throws SQLException {
        String crs = r.getString(10);
        InvestigatedAlert subject = new InvestigatedAlert(
                r.getString(2),
                texts(r.getArray(3)),
                AlertType.valueOf(r.getString(4)),
                r.getTimestamp(5).toInstant(),
                r.getString(6),
                r.getString(7),
                crs == null ? null : new Location(r.getDouble(8), r.getDouble(9), new CoordinateSystem(crs)),
                r.getString(11),
                r.getLong(12));
        List<String> stepNames = texts(r.getArray(15));
        Timestamp[] stepTimes = (Timestamp[]) r.getArray(16).getArray();
        Map<InvestigationStep, Instant> enteredAt = new EnumMap<>(InvestigationStep.class);
        for (int i = 0; i < stepNames.size(); i++) {
            enteredAt.put(InvestigationStep.valueOf(stepNames.get(i)), stepTimes[i].toInstant());
        }
        List<String> items = texts(r.getArray(17));
        List<String> findings = texts(r.getArray(18));
        List<String> notes = texts(r.getArray(19));
        List<ChecklistResult> checklist = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            checklist.add(
                    new ChecklistResult(items.get(i), ChecklistResult.Finding.valueOf(findings.get(i)), notes.get(i)));
        }
        return new Investigation(
                r.getString(1),
                subject,
                r.getString(13),
                InvestigationStep.valueOf(r.getString(14)),
                enteredAt,
                checklist,
                conclusion(r));
    }

    private static @Nullable Conclusion conclusion(ResultSet r) throws SQLException {
        String kind = r.getString(20);
        if (kind == null) {
            return null;
        }
        String notes = r.getString(25);
        String by = r.getString(26);
        Instant at = r.getTimestamp(27).toInstant();
        if (kind.equals("CLOSED")) {
            Cause cause = new Cause(r.getString(21), CauseHint.valueOf(r.getString(22)), r.getString(23));
            return new Conclusion.Closed(cause, notes, by, at);
        }
        Set<NotifiedParty> notified = EnumSet.noneOf(NotifiedParty.class);
        texts(r.getArray(24)).forEach(name -> notified.add(NotifiedParty.valueOf(name)));
        return new Conclusion.Escalated(notified, notes, by, at);
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
