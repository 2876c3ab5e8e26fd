package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.headwater.workorder.FieldChange;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.ReadingWindow;
import org.headwater.workorder.WorkEvidence;
import org.headwater.workorder.WorkLocation;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderMoves;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.headwater.workorder.WorkPriority;
import org.headwater.workorder.WorkSource;
import org.jspecify.annotations.Nullable;

/**
 * Work orders in PostgreSQL. An update is one transaction that changes the row only at the expected version and
 * appends the history entry; a unique index keeps one open order per problem and type.
 */
public final class PostgresWorkOrders implements WorkOrders {

    private static final List<String> COLUMNS = List.of(
            "id",
            "version",
            "status",
            "type",
            "title",
            "description",
            "priority",
            "asset_id",
            "address",
            "x",
            "y",
            "crs",
            "zone_id",
            "crew",
            "duration_hours",
            "checklist",
            "alert_ids",
            "incident_id",
            "investigation_id",
            "investigation_step",
            "risk_run_id",
            "pipe_ids",
            "window_sources",
            "window_froms",
            "window_tos",
            "source_kind",
            "source_name",
            "source_version",
            "problem",
            "created_at",
            "updated_at",
            "cmms_reference",
            "decided_by",
            "reason",
            "close_out_notes");
    private static final String ONE_OPEN_PER_PROBLEM = "work_order_one_open_per_problem";
    private static final String OPEN = "status NOT IN ('REJECTED', 'CLOSED', 'CANCELLED', 'COMPLETED')";
    private static final String UPDATE = "UPDATE work_order SET "
            + String.join(
                    ", ", COLUMNS.stream().skip(1).map(col -> col + " = ?").toList())
            + " WHERE id = ? AND version = ?";
    private static final String INSERT_EVENT = "INSERT INTO work_order_event (order_id, version, at, actor,"
            + " from_status, to_status, note, change_fields, change_before, change_after)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public PostgresWorkOrders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String nextId() {
        return "WO-%06d"
                .formatted(Jdbc.queryLong(dataSource, "SELECT nextval('work_order_number')", "numbering a work order"));
    }

    @Override
    public void create(WorkOrder order, WorkOrderEvent drafted) {
        String sql = "INSERT INTO work_order (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";
        Jdbc.inTransaction(dataSource, "storing work order " + order.id(), c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(c, s, order);
                s.executeUpdate();
            } catch (SQLException e) {
                if (ONE_OPEN_PER_PROBLEM.equals(constraintOf(e))) {
                    throw new OpenOrderExists(order.problem(), order.content().type());
                }
                throw e;
            }
            insertEvent(c, drafted);
            return null;
        });
    }

    @Override
    public void update(WorkOrder next, WorkOrderEvent event) {
        Jdbc.inTransaction(dataSource, "updating work order " + next.id(), c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bindAfterId(c, s, next, 0);
                s.setString(COLUMNS.size(), next.id());
                s.setLong(COLUMNS.size() + 1, next.version() - 1);
                if (s.executeUpdate() == 0) {
                    throw new StaleWorkOrder(next.id(), next.version() - 1, storedVersion(c, next.id()));
                }
            }
            insertEvent(c, event);
            return null;
        });
    }

    /**
     * One transaction: the orders' rows are updated in one batch (in id order, so two batches lock rows in the same
     * order), each at its expected version to its last state; the history entries of the orders updated follow in a
     * second batch.
     */
    @Override
    public Set<String> updateAll(List<WorkOrderMoves> moves) {
        if (moves.isEmpty()) {
            return Set.of();
        }
        List<WorkOrderMoves> byId = moves.stream()
                .sorted(Comparator.comparing(WorkOrderMoves::orderId))
                .toList();
        String operation = "updating " + moves.size() + " work orders, the first "
                + byId.getFirst().orderId();
        return Jdbc.inTransaction(dataSource, operation, c -> {
            Set<String> stale = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                for (WorkOrderMoves m : byId) {
                    bindAfterId(c, s, m.last(), 0);
                    s.setString(COLUMNS.size(), m.orderId());
                    s.setLong(COLUMNS.size() + 1, m.expectedVersion());
                    s.addBatch();
                }
                int[] counts = s.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        stale.add(byId.get(i).orderId());
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
                for (WorkOrderMoves m : byId) {
                    if (!stale.contains(m.orderId())) {
                        for (WorkOrderEvent e : m.events()) {
                            bindEvent(c, s, e);
                            s.addBatch();
                        }
                    }
                }
                s.executeBatch();
            }
            return stale;
        });
    }

    @Override
    public Optional<WorkOrder> find(String id) {
        return select("WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public Optional<WorkOrder> findOpen(ProblemKey problem, WorkOrderType type) {
        return select("WHERE problem = ? AND type = ? AND " + OPEN, List.of(problem.toString(), type.name())).stream()
                .findFirst();
    }

    @Override
    public List<WorkOrder> list(WorkOrderQuery query) {
        StringBuilder where = new StringBuilder("WHERE true");
        List<Object> params = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.append(" AND status = ANY (?)");
            params.add(query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!query.types().isEmpty()) {
            where.append(" AND type = ANY (?)");
            params.add(query.types().stream().map(Enum::name).toArray(String[]::new));
        }
        if (query.zoneId() != null) {
            where.append(" AND zone_id = ?");
            params.add(query.zoneId());
        }
        if (query.assetId() != null) {
            where.append(" AND asset_id = ?");
            params.add(query.assetId());
        }
        return select(where + " ORDER BY created_at DESC, id DESC LIMIT " + query.limit(), params);
    }

    @Override
    public List<WorkOrderEvent> history(String id) {
        String sql = "SELECT order_id, version, at, actor, from_status, to_status, note, change_fields, change_before,"
                + " change_after FROM work_order_event WHERE order_id = ? ORDER BY version";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            List<WorkOrderEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> fields = texts(r.getArray(8));
                    List<String> before = texts(r.getArray(9));
                    List<String> after = texts(r.getArray(10));
                    List<FieldChange> changes = new ArrayList<>();
                    for (int i = 0; i < fields.size(); i++) {
                        changes.add(new FieldChange(fields.get(i), before.get(i), after.get(i)));
                    }
                    String from = r.getString(5);
                    events.add(new WorkOrderEvent(
                            r.getString(1),
                            r.getLong(2),
                            r.getTimestamp(3).toInstant(),
                            r.getString(4),
                            from == null ? null : WorkOrderStatus.valueOf(from),
                            WorkOrderStatus.valueOf(r.getString(6)),
                            r.getString(7),
                            changes));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException("reading the history of work order " + id, e);
        }
    }

    private static @Nullable String constraintOf(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getConstraint()
                : null;
    }

    private static long storedVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM work_order WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no work order " + id);
                }
                return r.getLong(1);
            }
        }
    }

    private static void insertEvent(Connection c, WorkOrderEvent e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
            bindEvent(c, s, e);
            s.executeUpdate();
        }
    }

    private static void bindEvent(Connection c, PreparedStatement s, WorkOrderEvent e) throws SQLException {
        s.setString(1, e.orderId());
        s.setLong(2, e.version());
        s.setTimestamp(3, Timestamp.from(e.at()));
        s.setString(4, e.actor());
        s.setString(5, e.from() == null ? null : e.from().name());
        s.setString(6, e.to().name());
        s.setString(7, e.note());
        s.setArray(
                8,
                c.createArrayOf(
                        "text", e.changes().stream().map(FieldChange::field).toArray()));
        s.setArray(
                9,
                c.createArrayOf(
                        "text", e.changes().stream().map(FieldChange::before).toArray()));
        s.setArray(
                10,
                c.createArrayOf(
                        "text", e.changes().stream().map(FieldChange::after).toArray()));
    }

    private static void bind(Connection c, PreparedStatement s, WorkOrder order) throws SQLException {
        s.setString(1, order.id());
        bindAfterId(c, s, order, 1);
    }

    /** Binds every column after the id, starting at parameter {@code offset + 1}. */
    private static void bindAfterId(Connection c, PreparedStatement s, WorkOrder o, int offset) throws SQLException {
        WorkOrderContent content = o.content();
        WorkLocation where = content.location();
        WorkEvidence evidence = content.evidence();
        int i = offset + 1;
        s.setLong(i++, o.version());
        s.setString(i++, o.status().name());
        s.setString(i++, content.type().name());
        s.setString(i++, content.title());
        s.setString(i++, content.description());
        s.setString(i++, content.priority().name());
        s.setString(i++, content.assetId());
        s.setString(i++, where.address());
        Location point = where.point();
        setDouble(s, i++, point == null ? null : point.x());
        setDouble(s, i++, point == null ? null : point.y());
        s.setString(i++, point == null ? null : point.crs().code());
        s.setString(i++, where.zoneId());
        s.setString(i++, content.recommendedCrew());
        s.setDouble(i++, content.predictedDurationHours());
        s.setArray(i++, c.createArrayOf("text", content.checklist().toArray()));
        s.setArray(i++, c.createArrayOf("text", evidence.alertIds().toArray()));
        s.setString(i++, evidence.incidentId());
        s.setString(i++, evidence.investigationId());
        if (evidence.investigationStep() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, evidence.investigationStep());
        }
        if (evidence.riskRunId() == null) {
            s.setNull(i++, Types.BIGINT);
        } else {
            s.setLong(i++, evidence.riskRunId());
        }
        s.setArray(i++, c.createArrayOf("text", evidence.pipeIds().toArray()));
        List<ReadingWindow> windows = evidence.readingWindows();
        s.setArray(
                i++,
                c.createArrayOf(
                        "text", windows.stream().map(ReadingWindow::sourceId).toArray()));
        s.setArray(
                i++,
                c.createArrayOf(
                        "timestamptz",
                        windows.stream().map(w -> Timestamp.from(w.from())).toArray()));
        s.setArray(
                i++,
                c.createArrayOf(
                        "timestamptz",
                        windows.stream().map(w -> Timestamp.from(w.to())).toArray()));
        s.setString(i++, o.source().kind().name());
        s.setString(i++, o.source().name());
        s.setString(i++, o.source().version());
        s.setString(i++, o.problem().toString());
        s.setTimestamp(i++, Timestamp.from(o.createdAt()));
        s.setTimestamp(i++, Timestamp.from(o.updatedAt()));
        s.setString(i++, o.cmmsReference());
        s.setString(i++, o.decidedBy());
        s.setString(i++, o.reason());
        s.setString(i, o.closeOutNotes());
    }

    private static void setDouble(PreparedStatement s, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    private List<WorkOrder> select(String where, List<Object> params) {
        String sql = "SELECT " + String.join(", ", COLUMNS) + " FROM work_order " + where;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof String[] values) {
                    s.setArray(i + 1, c.createArrayOf("text", values));
                } else {
                    s.setString(i + 1, (String) params.get(i));
                }
            }
            List<WorkOrder> orders = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    orders.add(order(r));
                }
            }
            return orders;
        } catch (SQLException e) {
            throw new StoreException("reading work orders", e);
        }
    }

    private static WorkOrder order(ResultSet r) throws SQLException {
        String crs = r.getString(12);
        Location point = crs == null ? null : new Location(r.getDouble(10), r.getDouble(11), new CoordinateSystem(crs));
        List<String> sources = texts(r.getArray(23));
        Timestamp[] froms = (Timestamp[]) r.getArray(24).getArray();
        Timestamp[] tos = (Timestamp[]) r.getArray(25).getArray();
        List<ReadingWindow> windows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            windows.add(new ReadingWindow(sources.get(i), froms[i].toInstant(), tos[i].toInstant()));
        }
        int step = r.getInt(20);
        Integer investigationStep = r.wasNull() ? null : step;
        long run = r.getLong(21);
        Long riskRunId = r.wasNull() ? null : run;
        WorkEvidence evidence = new WorkEvidence(
                texts(r.getArray(17)),
                r.getString(18),
                r.getString(19),
                investigationStep,
                riskRunId,
                texts(r.getArray(22)),
                windows);
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.valueOf(r.getString(4)),
                r.getString(5),
                r.getString(6),
                WorkPriority.valueOf(r.getString(7)),
                r.getString(8),
                new WorkLocation(r.getString(9), point, r.getString(13)),
                r.getString(14),
                r.getDouble(15),
                texts(r.getArray(16)),
                evidence);
        return new WorkOrder(
                r.getString(1),
                r.getLong(2),
                content,
                new WorkSource(WorkSource.Kind.valueOf(r.getString(26)), r.getString(27), r.getString(28)),
                ProblemKey.parse(r.getString(29)),
                WorkOrderStatus.valueOf(r.getString(3)),
                r.getTimestamp(30).toInstant(),
                r.getTimestamp(31).toInstant(),
                r.getString(32),
                r.getString(33),
                r.getString(34),
                r.getString(35));
    }

    private static List<String> texts(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
