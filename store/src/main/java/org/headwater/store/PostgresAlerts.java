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
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertCount;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.CauseHint;
import org.headwater.alert.DailyAlertCount;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/** Alerts in PostgreSQL: an insert per raised alert (replays ignored), an update per lifecycle move. */
public final class PostgresAlerts implements Alerts {

    private static final String COLUMNS =
            "id, type, severity, source_id, premise_id, zone_id, x, y, crs, time, detector,"
                    + " threshold_version, cause_hint, state, cleared_at, evidence_summary, evidence_sources,"
                    + " evidence_measurands, evidence_times, evidence_values, event_meters, event_times, event_codes,"
                    + " event_vendor_codes";

    private final DataSource dataSource;

    public PostgresAlerts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void add(Alert alert) {
        try (Connection connection = dataSource.getConnection()) {
            addWithin(connection, alert);
        } catch (SQLException e) {
            throw new StoreException("storing alert " + alert.id(), e);
        }
    }

    /** @return whether the alert was new (a replayed one is ignored) */
    static boolean addWithin(Connection connection, Alert alert) throws SQLException {
        String sql = "INSERT INTO alert (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (id) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(connection, insert, alert);
            return insert.executeUpdate() == 1;
        }
    }

    /** Records a clearing once: @return whether the alert was still uncleared */
    static boolean clearWithin(Connection connection, Alert cleared) throws SQLException {
        String sql = "UPDATE alert SET state = ?, cleared_at = ? WHERE id = ? AND cleared_at IS NULL";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, cleared.state().name());
            update.setTimestamp(2, Timestamp.from(java.util.Objects.requireNonNull(cleared.clearedAt())));
            update.setString(3, cleared.id());
            return update.executeUpdate() == 1;
        }
    }

    @Override
    public void update(Alert alert) {
        String sql = "UPDATE alert SET state = ?, cleared_at = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, alert.state().name());
            update.setTimestamp(2, alert.clearedAt() == null ? null : Timestamp.from(alert.clearedAt()));
            update.setString(3, alert.id());
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("no alert " + alert.id() + " to update");
            }
        } catch (SQLException e) {
            throw new StoreException("updating alert " + alert.id(), e);
        }
    }

    @Override
    public Optional<Alert> find(String id) {
        return select("WHERE id = ?", List.of(id), 1).stream().findFirst();
    }

    @Override
    public Optional<Alert> active(Alert.ConditionKey condition) {
        return select(
                        "WHERE source_id = ? AND type = ? AND state IN ('OPEN', 'ACKNOWLEDGED') ORDER BY time",
                        List.of(condition.sourceId(), condition.type().name()),
                        1)
                .stream()
                .findFirst();
    }

    @Override
    public List<Alert> active() {
        return select("WHERE state IN ('OPEN', 'ACKNOWLEDGED') ORDER BY time, id", List.of(), Integer.MAX_VALUE);
    }

    @Override
    public List<Alert> raisedBetween(Instant from, Instant to) {
        return select("WHERE time >= ? AND time < ? ORDER BY time, id", List.of(from, to), Integer.MAX_VALUE);
    }

    @Override
    public List<Alert> search(AlertQuery query) {
        StringBuilder where = new StringBuilder("WHERE true");
        List<Object> params = new ArrayList<>();
        if (query.type() != null) {
            where.append(" AND type = ?");
            params.add(query.type().name());
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            params.add(query.state().name());
        }
        if (query.severity() != null) {
            where.append(" AND severity = ?");
            params.add(query.severity().name());
        }
        if (query.sourceId() != null) {
            where.append(" AND source_id = ?");
            params.add(query.sourceId());
        }
        if (query.from() != null) {
            where.append(" AND time >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND time < ?");
            params.add(query.to());
        }
        where.append(" ORDER BY time DESC, id");
        return select(where.toString(), params, query.limit());
    }

    @Override
    public List<AlertCount> countsByTypeAndState() {
        String sql = "SELECT type, state, count(*) FROM alert GROUP BY type, state ORDER BY type, state";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            List<AlertCount> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(new AlertCount(
                        AlertType.valueOf(rows.getString(1)), AlertState.valueOf(rows.getString(2)), rows.getLong(3)));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("counting alerts", e);
        }
    }

    @Override
    public List<DailyAlertCount> countsByDayAndType(Instant from, Instant to) {
        String sql = "SELECT (time AT TIME ZONE 'UTC')::date AS day, type, count(*) FROM alert"
                + " WHERE time >= ? AND time < ? GROUP BY day, type ORDER BY day, type";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                List<DailyAlertCount> counts = new ArrayList<>();
                while (rows.next()) {
                    counts.add(new DailyAlertCount(
                            rows.getObject(1, java.time.LocalDate.class),
                            AlertType.valueOf(rows.getString(2)),
                            rows.getLong(3)));
                }
                return counts;
            }
        } catch (SQLException e) {
            throw new StoreException("counting alerts per day", e);
        }
    }

    private List<Alert> select(String where, List<Object> params, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, where, params, limit);
        } catch (SQLException e) {
            throw new StoreException("reading alerts", e);
        }
    }

    /** The alert of that id as the connection's open transaction sees it. */
    Optional<Alert> findWithin(Connection connection, String id) {
        try {
            return select(connection, "WHERE id = ?", List.of(id), 1).stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("reading alert " + id, e);
        }
    }

    private static List<Alert> select(Connection connection, String where, List<Object> params, int limit)
            throws SQLException {
        String sql =
                "SELECT " + COLUMNS + " FROM alert " + where + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Instant instant) {
                    query.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    query.setString(i + 1, (String) p);
                }
            }
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
            }
            return alerts;
        }
    }

    private static void bind(Connection c, PreparedStatement s, Alert a) throws SQLException {
        s.setString(1, a.id());
        s.setString(2, a.type().name());
        s.setString(3, a.severity().name());
        s.setString(4, a.sourceId());
        s.setString(5, a.premiseId());
        s.setString(6, a.zoneId());
        Location location = a.location();
        if (location == null) {
            s.setNull(7, Types.DOUBLE);
            s.setNull(8, Types.DOUBLE);
            s.setNull(9, Types.VARCHAR);
        } else {
            s.setDouble(7, location.x());
            s.setDouble(8, location.y());
            s.setString(9, location.crs().code());
        }
        s.setTimestamp(10, Timestamp.from(a.time()));
        s.setString(11, a.detector());
        s.setLong(12, a.thresholdVersion());
        s.setString(13, a.causeHint() == null ? null : a.causeHint().name());
        s.setString(14, a.state().name());
        s.setTimestamp(15, a.clearedAt() == null ? null : Timestamp.from(a.clearedAt()));
        Evidence e = a.evidence();
        s.setString(16, e.summary());
        List<Reading> readings = e.readings();
        s.setArray(
                17,
                c.createArrayOf("text", readings.stream().map(Reading::sourceId).toArray()));
        s.setArray(
                18,
                c.createArrayOf(
                        "int2",
                        readings.stream()
                                .map(r -> MeasurandCodes.code(r.measurand()))
                                .toArray()));
        s.setArray(
                19,
                c.createArrayOf(
                        "timestamptz",
                        readings.stream().map(r -> Timestamp.from(r.time())).toArray()));
        s.setArray(
                20,
                c.createArrayOf("float8", readings.stream().map(Reading::value).toArray()));
        List<MeterEvent> events = e.events();
        s.setArray(
                21,
                c.createArrayOf("text", events.stream().map(MeterEvent::meterId).toArray()));
        s.setArray(
                22,
                c.createArrayOf(
                        "timestamptz",
                        events.stream().map(m -> Timestamp.from(m.time())).toArray()));
        s.setArray(
                23,
                c.createArrayOf(
                        "text", events.stream().map(m -> m.code().name()).toArray()));
        s.setArray(
                24,
                c.createArrayOf(
                        "text", events.stream().map(MeterEvent::vendorCode).toArray()));
    }

    private static Alert alert(ResultSet r) throws SQLException {
        String crs = r.getString(9);
        Location location =
                crs == null ? null : new Location(r.getDouble(7), r.getDouble(8), new CoordinateSystem(crs));
        String cause = r.getString(13);
        Timestamp cleared = r.getTimestamp(15);
        return new Alert(
                r.getString(1),
                AlertType.valueOf(r.getString(2)),
                Severity.valueOf(r.getString(3)),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                location,
                r.getTimestamp(10).toInstant(),
                evidence(r),
                r.getString(11),
                r.getLong(12),
                cause == null ? null : CauseHint.valueOf(cause),
                AlertState.valueOf(r.getString(14)),
                cleared == null ? null : cleared.toInstant());
    }

    private static Evidence evidence(ResultSet r) throws SQLException {
        String[] sources = (String[]) array(r.getArray(17));
        Short[] measurands = (Short[]) array(r.getArray(18));
        Timestamp[] times = (Timestamp[]) array(r.getArray(19));
        Double[] values = (Double[]) array(r.getArray(20));
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            readings.add(
                    new Reading(sources[i], MeasurandCodes.measurand(measurands[i]), times[i].toInstant(), values[i]));
        }
        String[] meters = (String[]) array(r.getArray(21));
        Timestamp[] eventTimes = (Timestamp[]) array(r.getArray(22));
        String[] codes = (String[]) array(r.getArray(23));
        String[] vendorCodes = (String[]) array(r.getArray(24));
        List<MeterEvent> events = new ArrayList<>();
        for (int i = 0; i < meters.length; i++) {
            events.add(
                    new MeterEvent(meters[i], eventTimes[i].toInstant(), AlarmCode.valueOf(codes[i]), vendorCodes[i]));
        }
        return new Evidence(readings, events, r.getString(16));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
