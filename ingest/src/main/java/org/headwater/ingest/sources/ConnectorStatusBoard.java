package org.headwater.ingest.sources;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every field connector of the process and how it is doing, for the dashboard's source-status page
 * and the API behind it. Each connector registers once under its kind and name and reports to the
 * {@link ConnectorReport} it gets back.
 */
public final class ConnectorStatusBoard {

    /** Values per second are averaged over this many complete seconds. */
    public static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<String, ConnectorReport> reports = new ConcurrentHashMap<>();

    public ConnectorStatusBoard(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers a connector, or returns its existing report when it registers again (a restarted
     * connector keeps its counts).
     */
    public ConnectorReport register(String kind, String name) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        return reports.computeIfAbsent(
                kind + "/" + name, key -> new ConnectorReport(kind, name, clock, (int) RATE_WINDOW.toSeconds()));
    }

    /** Every registered connector, ordered by kind then name. */
    public List<ConnectorStatus> statuses() {
        List<ConnectorStatus> statuses = new ArrayList<>();
        for (ConnectorReport report : reports.values()) {
            statuses.add(report.snapshot());
        }
        statuses.sort(Comparator.comparing(ConnectorStatus::kind).thenComparing(ConnectorStatus::name));
        return statuses;
    }
}
