package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditChain;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.headwater.audit.ChainCheck;

/**
 * The audit trail in PostgreSQL. Appends run in transactions that first lock the single
 * {@code audit_head} row, so concurrent appends (from any process) queue up and the chain never forks.
 * Within this process, appends that arrive while one is being written are written together, in one
 * transaction (group commit): under many concurrent callers (a dispatcher sending hundreds of orders a
 * second, each audited) the chain's lock is taken once per group instead of once per entry.
 */
public final class PostgresAuditTrail implements AuditTrail {

    private static final String COLUMNS =
            "sequence, recorded_at, actor, action, subject, detail_names, detail_values, previous_hash, hash";
    private static final int VERIFY_FETCH_SIZE = 1_000;

    private static final int MAX_GROUP = 500;

    private final DataSource dataSource;
    private final Clock clock;
    private final Object group = new Object();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean writing;

    private record Pending(
            String actor,
            AuditAction action,
            String subject,
            Map<String, String> details,
            CompletableFuture<AuditEvent> written) {}

    public PostgresAuditTrail(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(String actor, AuditAction action, String subject, Map<String, String> details) {
        Pending mine = new Pending(actor, action, subject, details, new CompletableFuture<>());
        boolean leader;
        synchronized (group) {
            waiting.add(mine);
            leader = !writing;
            writing = true;
        }
        if (leader) {
            try {
                writeUntilNoneWaits();
            } catch (Error e) {
                abandonWaiting(e);
                throw e;
            }
        }
        try {
            return mine.written().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    // The first caller writes what waits, group by group, until nothing does; the others wait for theirs.
    private void writeUntilNoneWaits() {
        while (true) {
            List<Pending> next = new ArrayList<>();
            synchronized (group) {
                while (!waiting.isEmpty() && next.size() < MAX_GROUP) {
                    next.add(waiting.poll());
                }
                if (next.isEmpty()) {
                    writing = false;
                    return;
                }
            }
            if (!write(next)) {
                // one bad entry must not fail the others written with it: each alone, in order
                next.forEach(p -> write(List.of(p)));
            }
        }
    }

    /** Writes the entries in one transaction; @return false, with nothing written, when a group of several failed. */
    private boolean write(List<Pending> entries) {
        try {
            List<AuditEvent> written = Jdbc.inTransaction(dataSource, describe(entries), c -> appendLocked(c, entries));
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).written().complete(written.get(i));
            }
            return true;
        } catch (RuntimeException e) {
            if (entries.size() > 1) {
                return false;
            }
            entries.get(0).written().completeExceptionally(e); // rolled back: not in the chain
            return true;
        }
    }

    // Something no transaction can recover from (out of memory): no one is left to write for the waiting.
    private void abandonWaiting(Error e) {
        synchronized (group) {
            waiting.forEach(p -> p.written().completeExceptionally(e));
            waiting.clear();
            writing = false;
        }
    }

    private static String describe(List<Pending> group) {
        Pending first = group.get(0);
        return group.size() == 1
                ? "appending audit entry " + first.action().code() + " by " + first.actor()
                : "appending " + group.size() + " audit entries, the first "
                        + first.action().code() + " by " + first.actor();
    }

    private List<AuditEvent> appendLocked(Connection c, List<Pending> group) throws SQLException {
        long sequence;
        String hash;
        try (PreparedStatement head = c.prepareStatement(
                        "SELECT last_sequence, last_hash FROM audit_head WHERE only_row FOR UPDATE");
                ResultSet r = head.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("audit_head has no row: was migration V7 applied?");
            }
            sequence = r.getLong(1);
            hash = r.getString(2);
        }
        List<AuditEvent> events = new ArrayList<>(group.size());
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending p : group) {
                AuditEvent event = AuditChain.next(
                        sequence, hash, clock.instant(), p.actor(), p.action(), p.subject(), p.details());
                insert.setLong(1, event.sequence());
                insert.setTimestamp(2, Timestamp.from(event.time()));
                insert.setString(3, event.actor());
                insert.setString(4, event.action().code());
                insert.setString(5, event.subject());
                insert.setArray(
                        6, c.createArrayOf("text", event.details().keySet().toArray()));
                insert.setArray(
                        7, c.createArrayOf("text", event.details().values().toArray()));
                insert.setString(8, event.previousHash());
                insert.setString(9, event.hash());
                insert.addBatch();
                events.add(event);
                sequence = event.sequence();
                hash = event.hash();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update =
                c.prepareStatement("UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE only_row")) {
            update.setLong(1, sequence);
            update.setString(2, hash);
            update.executeUpdate();
        }
        return events;
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
