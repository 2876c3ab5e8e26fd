package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The replay's persisted state: where simulated time stands and which events were injected. */
final class DemoState {

    private static final String SIMULATED_NOW = "simulated_now";
    private static final String REPLAY_MODEL = "replay_model";
    /**
     * How households become meter registers. Change it whenever registers of the same instant would
     * differ, so that an older data directory is refused instead of replayed as a fleet of tampered meters.
     */
    static final String CURRENT_REPLAY_MODEL = "hourly-grid, whole weeks from Monday 00:00 UTC";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoState(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    Optional<Instant> simulatedNow() {
        return jdbc.sql("SELECT value FROM demo_state WHERE key = ?")
                .param(SIMULATED_NOW)
                .query(String.class)
                .optional()
                .map(Instant::parse);
    }

    /**
     * Refuses a data directory whose replay ran under another model: its stored registers would jump at
     * the first new read. A fresh directory is stamped with the current model.
     */
    void checkReplayModel() {
        Optional<String> stored = jdbc.sql("SELECT value FROM demo_state WHERE key = ?")
                .param(REPLAY_MODEL)
                .query(String.class)
                .optional();
        if (stored.isEmpty() && simulatedNow().isEmpty()) {
            jdbc.sql("INSERT INTO demo_state (key, value) VALUES (?, ?)")
                    .params(REPLAY_MODEL, CURRENT_REPLAY_MODEL)
                    .update();
        } else if (!stored.equals(Optional.of(CURRENT_REPLAY_MODEL))) {
            throw new IllegalStateException("this demo data directory was recorded by an earlier version of the"
                    + " demo's replay (" + stored.orElse("before replay models were recorded") + "); its meters'"
                    + " registers differ from this version's, and continuing would show them as tampered. Start"
                    + " with an empty --data-dir, or delete the directory, to begin a fresh demo.");
        }
    }

    void saveSimulatedNow(Instant now) {
        jdbc.sql(
                        "INSERT INTO demo_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .params(SIMULATED_NOW, now.toString())
                .update();
    }

    List<InjectedEvent> injectedEvents() {
        return jdbc.sql("SELECT kind, targets, starts_at, ends_at, magnitude FROM demo_injected_event ORDER BY id")
                .query((rows, n) -> {
                    Instant start = rows.getTimestamp(3).toInstant();
                    return new InjectedEvent(
                            InjectedEvent.Kind.valueOf(rows.getString(1)),
                            Arrays.asList((String[]) rows.getArray(2).getArray()),
                            start,
                            Duration.between(start, rows.getTimestamp(4).toInstant()),
                            rows.getDouble(5));
                })
                .list();
    }

    void saveInjectedEvents(List<InjectedEvent> events) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM demo_injected_event").update();
            for (int i = 0; i < events.size(); i++) {
                InjectedEvent e = events.get(i);
                jdbc.sql("INSERT INTO demo_injected_event (id, kind, targets, starts_at, ends_at, magnitude)"
                                + " VALUES (?, ?, ?::text[], ?, ?, ?)")
                        .params(
                                i + 1,
                                e.kind().name(),
                                "{" + String.join(",", e.targets()) + "}",
                                java.sql.Timestamp.from(e.start()),
                                java.sql.Timestamp.from(e.end()),
                                e.magnitude())
                        .update();
            }
        });
    }
}
