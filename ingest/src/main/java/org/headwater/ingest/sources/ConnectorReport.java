package org.headwater.ingest.sources;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one connector tells the {@link ConnectorStatusBoard}: state changes, the values it took and
 * the errors it met. Thread-safe; cheap enough to call once per delivered batch of values.
 */
public final class ConnectorReport {

    private final String kind;
    private final String name;
    private final Clock clock;
    private final long[] bucketSecond;
    private final long[] bucketCount;
    private ConnectorState state = ConnectorState.CONNECTING;
    private Instant since;
    private @Nullable Instant lastValueTime;
    private long values;
    private long quarantined;
    private long errors;
    private @Nullable String lastError;
    private @Nullable Instant lastErrorAt;

    ConnectorReport(String kind, String name, Clock clock, int windowSeconds) {
        this.kind = kind;
        this.name = name;
        this.clock = clock;
        this.since = clock.instant();
        this.bucketSecond = new long[windowSeconds + 1];
        this.bucketCount = new long[windowSeconds + 1];
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public synchronized void connecting() {
        moveTo(ConnectorState.CONNECTING);
    }

    public synchronized void connected() {
        moveTo(ConnectorState.CONNECTED);
    }

    /** Lost the source; {@code reason} is also counted as an error. */
    public synchronized void disconnected(String reason) {
        moveTo(ConnectorState.DISCONNECTED);
        recordError(reason);
    }

    public synchronized void stopped() {
        moveTo(ConnectorState.STOPPED);
    }

    /**
     * Counts values taken from the source.
     *
     * @param count values taken (readings and quarantined ones)
     * @param quarantinedCount how many of them were refused
     * @param newestSourceTime the newest source time among them, or null if none carried one
     */
    public synchronized void values(int count, int quarantinedCount, @Nullable Instant newestSourceTime) {
        values += count;
        quarantined += quarantinedCount;
        if (newestSourceTime != null && (lastValueTime == null || newestSourceTime.isAfter(lastValueTime))) {
            lastValueTime = newestSourceTime;
        }
        long second = clock.millis() / 1000;
        int slot = (int) Math.floorMod(second, (long) bucketSecond.length);
        if (bucketSecond[slot] != second) {
            bucketSecond[slot] = second;
            bucketCount[slot] = 0;
        }
        bucketCount[slot] += count;
    }

    /** A connection or protocol error the connector survived. */
    public synchronized void error(String message) {
        recordError(message);
    }

    synchronized ConnectorStatus snapshot() {
        return new ConnectorStatus(
                kind,
                name,
                state,
                since,
                lastValueTime,
                valuesPerSecond(),
                values,
                quarantined,
                errors,
                lastError,
                lastErrorAt);
    }

    // The current second is still filling: the rate is over the window's complete seconds.
    private double valuesPerSecond() {
        long now = clock.millis() / 1000;
        int window = bucketSecond.length - 1;
        long sum = 0;
        for (int i = 0; i < bucketSecond.length; i++) {
            long age = now - bucketSecond[i];
            if (age >= 1 && age <= window) {
                sum += bucketCount[i];
            }
        }
        return (double) sum / window;
    }

    private void moveTo(ConnectorState next) {
        if (state != next) {
            state = next;
            since = clock.instant();
        }
    }

    private void recordError(String message) {
        errors++;
        lastError = message;
        lastErrorAt = clock.instant();
    }
}
