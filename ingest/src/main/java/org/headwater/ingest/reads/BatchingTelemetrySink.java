package org.headwater.ingest.reads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.TelemetrySink;

/**
 * Gathers many small batches (one MQTT message each) into large ones for the sink behind it, which
 * appends in bulk far faster than message by message. A gathered batch goes downstream when it
 * holds {@code maxEntries} entries or its oldest entry is {@code maxAge} old, on background
 * flusher threads, so parsing and storing overlap.
 *
 * <p>Taking a batch means holding it in memory: a crash loses up to {@code maxAge} plus the queued
 * batches of what was taken. When the flushers fall {@code queuedBatches} behind, {@link #accept}
 * blocks, which slows the producer (and, for MQTT, the broker's delivery) instead of growing
 * without bound. A downstream failure is retried until it succeeds: nothing taken is dropped.
 * {@link #close} delivers everything still held before it returns.
 */
public final class BatchingTelemetrySink implements TelemetrySink, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BatchingTelemetrySink.class.getName());
    private static final IngestBatch END = IngestBatch.empty();
    private static final long RETRY_DELAY_MILLIS = 500;

    private final TelemetrySink downstream;
    private final int maxEntries;
    private final long maxAgeNanos;
    private final BlockingQueue<IngestBatch> ready;
    private final List<Thread> flushers = new ArrayList<>();
    private final Thread ageWatch;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private IngestBatch.Builder gathering = IngestBatch.builder();
    private long oldestNanos;
    private boolean closed;

    /**
     * @param downstream the sink that receives the gathered batches, from {@code flusherThreads}
     *     threads at once
     * @param maxEntries entries per gathered batch
     * @param maxAge longest time an entry waits for its batch to fill
     * @param flusherThreads concurrent deliveries downstream (e.g. store connections)
     * @param queuedBatches full batches waiting for a flusher before {@link #accept} blocks
     */
    public BatchingTelemetrySink(
            TelemetrySink downstream, int maxEntries, Duration maxAge, int flusherThreads, int queuedBatches) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
        if (flusherThreads < 1) {
            throw new IllegalArgumentException("flusherThreads must be positive: " + flusherThreads);
        }
        if (queuedBatches < 1) {
            throw new IllegalArgumentException("queuedBatches must be positive: " + queuedBatches);
        }
        this.maxEntries = maxEntries;
        this.maxAgeNanos = maxAge.toNanos();
        this.ready = new ArrayBlockingQueue<>(queuedBatches + flusherThreads);
        for (int i = 0; i < flusherThreads; i++) {
            flushers.add(
                    Thread.ofPlatform().name("telemetry-flusher-" + i).daemon().start(this::deliverUntilEnd));
        }
        this.ageWatch = Thread.ofPlatform().name("telemetry-age-watch").daemon().start(this::flushWhenOld);
    }

    // Full batches are queued while holding the lock, so close() queues its end markers after all of them.
    @Override
    public synchronized void accept(IngestBatch batch) {
        if (closed) {
            throw new IllegalStateException("sink is closed; batch of " + batch.size() + " entries not taken");
        }
        if (gathering.size() == 0) {
            oldestNanos = System.nanoTime();
        }
        gather(batch);
        if (gathering.size() >= maxEntries) {
            IngestBatch full = gathering.drain();
            try {
                enqueue(full);
            } catch (IllegalStateException interrupted) {
                gather(full); // kept for the next flush; the caller may resend this batch, which is harmless
                throw interrupted;
            }
        }
    }

    /** Entries handed downstream successfully so far. */
    public long delivered() {
        return delivered.get();
    }

    /** Downstream failures so far (each retried). */
    public long failures() {
        return failures.get();
    }

    private void gather(IngestBatch batch) {
        for (Reading r : batch.readings()) {
            gathering.add(r);
        }
        for (MeterEvent e : batch.events()) {
            gathering.add(e);
        }
        for (RejectedRecord r : batch.rejected()) {
            gathering.reject(r);
        }
    }

    private void flushWhenOld() {
        long pollMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(maxAgeNanos) / 4);
        while (true) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (gathering.size() > 0 && System.nanoTime() - oldestNanos >= maxAgeNanos) {
                    enqueue(gathering.drain());
                }
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void enqueue(IngestBatch batch) {
        try {
            ready.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to queue " + batch.size() + " entries", e);
        }
    }

    private void deliverUntilEnd() {
        while (true) {
            IngestBatch batch;
            try {
                batch = ready.take();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == END) {
                return;
            }
            deliver(batch);
        }
    }

    // Retried without limit: the entries were taken (and, for MQTT, acknowledged), so giving up would lose them.
    private void deliver(IngestBatch batch) {
        while (true) {
            try {
                downstream.accept(batch);
                delivered.addAndGet(batch.size());
                return;
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                LOG.log(
                        System.Logger.Level.ERROR,
                        "delivering " + batch.size() + " entries failed; retrying in " + RETRY_DELAY_MILLIS + " ms",
                        e);
                try {
                    Thread.sleep(RETRY_DELAY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(
                            "interrupted; " + batch.size() + " entries were not delivered", interrupted);
                }
            }
        }
    }

    /** Stops taking batches and returns once everything taken was delivered downstream. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            IngestBatch rest = gathering.drain();
            if (!rest.isEmpty()) {
                enqueue(rest);
            }
            for (int i = 0; i < flushers.size(); i++) {
                enqueue(END);
            }
        }
        // Closed is set, so the age watch can no longer be queuing: waking it only ends its sleep.
        ageWatch.interrupt();
        try {
            ageWatch.join();
            for (Thread flusher : flushers) {
                flusher.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last batches were being delivered", e);
        }
    }
}
