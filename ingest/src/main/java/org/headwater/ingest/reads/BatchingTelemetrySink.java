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
 * holds {@code maxEntries} entries, its oldest entry is {@code maxAge} old, or nothing new came for
 * {@code maxIdle}, on background flusher threads, so parsing and storing overlap.
 *
 * <p>Taking a batch means holding it in memory: a crash loses what was taken and not yet delivered.
 * A producer that must not lose anything (an MQTT subscriber acknowledging at QoS 1) passes an
 * action to {@link #accept(IngestBatch, Runnable)}, which runs only after the gathered batch
 * holding it was delivered downstream, and acknowledges there. With one flusher thread, gathered
 * batches reach the downstream sink in the order their entries were taken; with more, two batches
 * may overlap. When the flushers fall {@code queuedBatches} behind, {@link #accept}
 * blocks, which slows the producer (and, for MQTT, the broker's delivery) instead of growing
 * without bound. A downstream failure is retried, with a wait that doubles up to 30 s, until it
 * succeeds: nothing taken is dropped. The downstream must therefore only store (a consumer that can
 * fail for its own reasons belongs behind the store's delivery record, not here).
 * {@link #close} delivers everything still held before it returns.
 */
public final class BatchingTelemetrySink implements TelemetrySink, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BatchingTelemetrySink.class.getName());
    private static final Gathered END = new Gathered(IngestBatch.empty(), List.of());
    private static final Runnable NOTHING = () -> {};
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 30_000;

    private final TelemetrySink downstream;
    private final int maxEntries;
    private final long maxAgeNanos;
    private final long maxIdleNanos;
    private final BlockingQueue<Gathered> ready;
    private final List<Thread> flushers = new ArrayList<>();
    private final Thread ageWatch;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private final IngestBatch.Builder gathering = IngestBatch.builder();
    private List<Runnable> afterDelivery = new ArrayList<>();
    private long oldestNanos;
    private long newestNanos;
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
        this(downstream, maxEntries, maxAge, maxAge, flusherThreads, queuedBatches);
    }

    /**
     * @param maxIdle a gathered batch goes downstream when nothing new came for this long: a
     *     producer that acknowledges after delivery (and whose broker then stops sending) is not
     *     kept waiting for {@code maxAge}
     */
    public BatchingTelemetrySink(
            TelemetrySink downstream,
            int maxEntries,
            Duration maxAge,
            Duration maxIdle,
            int flusherThreads,
            int queuedBatches) {
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
        if (maxIdle.isNegative() || maxIdle.isZero() || maxIdle.compareTo(maxAge) > 0) {
            throw new IllegalArgumentException(
                    "maxIdle must be positive and at most maxAge (" + maxAge + "): " + maxIdle);
        }
        this.maxAgeNanos = maxAge.toNanos();
        this.maxIdleNanos = maxIdle.toNanos();
        this.ready = new ArrayBlockingQueue<>(queuedBatches + flusherThreads);
        for (int i = 0; i < flusherThreads; i++) {
            flushers.add(
                    Thread.ofPlatform().name("telemetry-flusher-" + i).daemon().start(this::deliverUntilEnd));
        }
        this.ageWatch = Thread.ofPlatform().name("telemetry-age-watch").daemon().start(this::flushWhenOld);
    }

    // Full batches are queued while holding the lock, so close() queues its end markers after all of them.
    @Override
    public void accept(IngestBatch batch) {
        accept(batch, NOTHING);
    }

    /**
     * Takes a batch and runs {@code afterDelivered} once it was delivered downstream (on a flusher
     * thread; never when the process ends first).
     */
    public synchronized void accept(IngestBatch batch, Runnable afterDelivered) {
        if (closed) {
            throw new IllegalStateException("sink is closed; batch of " + batch.size() + " entries not taken");
        }
        newestNanos = System.nanoTime();
        if (gathering.size() == 0 && afterDelivery.isEmpty()) {
            oldestNanos = newestNanos;
        }
        gather(batch);
        afterDelivery.add(afterDelivered);
        if (gathering.size() >= maxEntries) {
            Gathered full = drain();
            try {
                enqueue(full);
            } catch (IllegalStateException interrupted) {
                gather(full.batch()); // kept for the next flush; the caller may resend this batch, which is harmless
                afterDelivery.addAll(full.afterDelivery());
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

    private Gathered drain() {
        Gathered gathered = new Gathered(gathering.drain(), afterDelivery);
        afterDelivery = new ArrayList<>();
        return gathered;
    }

    private boolean holdsNothing() {
        return gathering.size() == 0 && afterDelivery.isEmpty();
    }

    private void flushWhenOld() {
        long pollNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(maxAgeNanos / 4, maxIdleNanos / 2));
        while (true) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                long now = System.nanoTime();
                if (!holdsNothing() && (now - oldestNanos >= maxAgeNanos || now - newestNanos >= maxIdleNanos)) {
                    enqueue(drain());
                }
            }
            try {
                TimeUnit.NANOSECONDS.sleep(pollNanos);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void enqueue(Gathered gathered) {
        try {
            ready.put(gathered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while waiting to queue " + gathered.batch().size() + " entries", e);
        }
    }

    private void deliverUntilEnd() {
        while (true) {
            Gathered gathered;
            try {
                gathered = ready.take();
            } catch (InterruptedException e) {
                return;
            }
            if (gathered == END) {
                return;
            }
            deliver(gathered.batch());
            for (Runnable action : gathered.afterDelivery()) {
                runQuietly(action);
            }
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "an action after delivery failed", e);
        }
    }

    // Retried while it fails: the entries were taken (and, for MQTT, acknowledged only once stored), so
    // giving up would lose them. The downstream is the store alone (consumers read what was stored
    // later, ADR 0010), so a failure here is storage being away; the wait doubles up to 30 s.
    private void deliver(IngestBatch batch) {
        long waitMillis = FIRST_RETRY_MILLIS;
        while (true) {
            try {
                downstream.accept(batch);
                delivered.addAndGet(batch.size());
                return;
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                LOG.log(
                        System.Logger.Level.ERROR,
                        "storing " + batch.size() + " entries failed; retrying in " + waitMillis + " ms",
                        e);
                try {
                    Thread.sleep(waitMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(
                            "interrupted; " + batch.size() + " entries were not delivered", interrupted);
                }
                waitMillis = Math.min(MAX_RETRY_MILLIS, waitMillis * 2);
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
            if (!holdsNothing()) {
                enqueue(drain());
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

    /** A batch ready for delivery and what to run once it was delivered. */
    private record Gathered(IngestBatch batch, List<Runnable> afterDelivery) {}
}
