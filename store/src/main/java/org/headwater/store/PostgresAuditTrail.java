package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditChain;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.headwater.audit.ChainCheck;

/**
 * The audit trail in PostgreSQL. Each append runs in one transaction that first locks the single
 * {@code audit_head} row, so concurrent appends (from any process) queue up and the chain never forks.
 */
public final class PostgresAuditTrail implements AuditTrail {

    private static final String COLUMNS =
            "sequence, recorded_at, actor, action, subject, detail_names, detail_values, previous_hash, hash";
    private static final int VERIFY_FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final Clock clock;

    public PostgresAuditTrail(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(String actor, AuditAction action, String subject, Map<String, String> details) {
        return Jdbc.inTransaction(
                dataSource,
                "appending audit entry " + action.code() + " by " + actor,
                c -> appendLocked(c, actor, action, subject, details));
    }

    private AuditEvent appendLocked(
            Connection c, String actor, AuditAction action, String subject, Map<String, String> details)
            throws SQLException {
        AuditEvent event;
        try (PreparedStatement head = c.prepareStatement(
                        "SELECT last_sequence, last_hash FROM audit_head WHERE only_row FOR UPDATE");
                ResultSet r = head.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("audit_head has no row: was migration V7 applied?");
            }
            event = AuditChain.next(r.getLong(1), r.getString(2), clock.instant(), actor, action, subject, details);
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, event.sequence());
            insert.setTimestamp(2, Timestamp.from(event.time()));
            insert.setString(3, event.actor());
            insert.setString(4, event.action().code());
            insert.setString(5, event.subject());
            insert.setArray(6, c.createArrayOf("text", event.details().keySet().toArray()));
            insert.setArray(7, c.createArrayOf("text", event.details().values().toArray()));
            insert.setString(8, event.previousHash());
            insert.setString(9, event.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement update =
                c.prepareStatement("UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE only_row")) {
            update.setLong(1, event.sequence());
            update.setString(2, event.hash());
            update.executeUpdate();
        }
        return event;
    }

    @Override
    public AuditVerification verify() {
        try (Connection c = dataSource.getConnection()) {
            // One snapshot for the head and the rows, and a cursor so a long trail streams.
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long recordedLast = recordedLastSequence(c);
                ChainCheck check = new ChainCheck();
                try (PreparedStatement s =
                        c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event ORDER BY sequence")) {
                    s.setFetchSize(VERIFY_FETCH_SIZE);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            accept(check, r);
                        }
                    }
                }
                return check.result(recordedLast);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("verifying the audit trail", e);
        }
    }

    private static long recordedLastSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_sequence FROM audit_head WHERE only_row");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    // A row edited so far that it no longer reads as an entry (say, an unknown action code) is a
    // finding of the verification, not a failure of it.
    private static void accept(ChainCheck check, ResultSet r) throws SQLException {
        try {
            check.accept(event(r));
        } catch (IllegalArgumentException e) {
            check.acceptUnreadable(r.getLong(1), r.getString(9), e.getMessage());
        }
    }

    @Override
    public List<AuditEvent> page(long afterSequence, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM audit_event WHERE sequence > ? ORDER BY sequence LIMIT ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, afterSequence);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                List<AuditEvent> page = new ArrayList<>();
                while (r.next()) {
                    page.add(event(r));
                }
                return page;
            }
        } catch (SQLException e) {
            throw new StoreException("reading audit entries after " + afterSequence, e);
        }
    }

    private static AuditEvent event(ResultSet r) throws SQLException {
        String[] names = (String[]) r.getArray(6).getArray();
        String[] values = (String[]) r.getArray(7).getArray();
        if (names.length != values.length) {
            // Keep the row verifiable: pad so the hash check, not this reader, reports the edit.
            values = Arrays.copyOf(values, names.length);
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            details.put(names[i], values[i] == null ? "" : values[i]);
        }
        return new AuditEvent(
                r.getLong(1),
                r.getTimestamp(2).toInstant(),
                r.getString(3),
                AuditAction.byCode(r.getString(4)),
                r.getString(5),
                new LinkedHashMap<>(details),
                r.getString(8),
                r.getString(9));
    }
}
