package org.headwater.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.TelemetrySink;

/**
 * The store sink of the ingest benches, counting what it took after it took it; a message the broker
 * delivered twice counts twice.
 */
final class CountingStore implements TelemetrySink {
    private final TelemetrySink store;
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile long lastDeliveryNanos;

    CountingStore(TelemetrySink store) {
        this.store = store;
    }

    @Override
    public void accept(IngestBatch batch) {
        store.accept(batch);
        readings.addAndGet(batch.readings().size());
        rejected.addAndGet(batch.rejected().size());
        lastDeliveryNanos = System.nanoTime();
    }

    long lastDeliveryNanos() {
        return lastDeliveryNanos;
    }

    long readings() {
        return readings.get();
    }

    long rejected() {
        return rejected.get();
    }

    /** Waits until {@code expected} readings are stored, or returns when the store made no progress for {@code stall}. */
    void awaitCatchUp(long expected, Duration stall, PrintStream out) throws InterruptedException {
        long last = readings();
        long lastProgress = System.nanoTime();
        while (readings() < expected) {
            Thread.sleep(20);
            long now = readings();
            if (now != last) {
                last = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > stall.toNanos()) {
                out.printf(Locale.ROOT, "store stalled at %,d of %,d%n", now, expected);
                return;
            }
        }
    }
}
