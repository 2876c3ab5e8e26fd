package org.headwater.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * One fault of {@code bench faults}: what the server is started with, and what the bench does to it
 * once 30% of the traffic was handed to the publishers.
 */
enum Fault {
    /** No fault: proves the counting itself. */
    NONE("none", "no fault (the control run)"),
    BROKER_RESTART("broker-restart", "the MQTT broker stopped for 10 s, then started again"),
    DATABASE_RESTART("database-restart", "PostgreSQL stopped for 10 s, then started again"),
    SERVER_KILL("server-kill", "Headwater killed with SIGKILL mid-batch, then started again"),
    POISON_METER("poison-meter", "a downstream consumer throws for every event of one meter"),
    CONSUMER_DOWN("consumer-down", "a downstream consumer throws for every event for 30 s after start");

    private final String id;
    private final String meaning;

    Fault(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    String id() {
        return id;
    }

    String meaning() {
        return meaning;
    }

    /** Whether the fault is the delivery drill of the server ({@code headwater.delivery.drill.*}). */
    boolean drill() {
        return this == POISON_METER || this == CONSUMER_DOWN;
    }

    /** Lines under {@code headwater} that arm the server's delivery drill for this fault. */
    String serverLines(String poisonMeter) {
        return switch (this) {
            // Retries short enough to park within the run (the defaults take minutes, as they should in service).
            case POISON_METER ->
                "delivery:\n  max-attempts: 4\n  first-retry: PT0.2S\n  max-retry: PT1S\n  drill:\n    poison-source: "
                        + poisonMeter + "\n";
            case CONSUMER_DOWN -> "delivery:\n  drill:\n    fail-all-for: 30s\n";
            default -> "";
        };
    }

    static Fault byId(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--faults: unknown fault '" + id + "'; expected any of "
                        + Arrays.stream(values()).map(Fault::id).toList()));
    }
}
