package org.headwater.app.config;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A job on the {@link ClockSchedule}: woken to run at once, or cancelled. */
public final class ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJob.class);
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final ClockSchedule schedule;
    private final String name;
    private final long lookNanos;
    private final Cadence cadence;
    private final Runnable task;
    private Instant nextDue;
    private long nextLookNanos;
    private boolean woken;
    private boolean running;
    private boolean owesARun;
    private boolean cancelled;
    private @Nullable Thread runner;

    ScheduledJob(
            ClockSchedule schedule,
            String name,
            Duration look,
            Cadence cadence,
            Runnable task,
            Instant scheduledAt,
            long nanoNow) {
        this.schedule = schedule;
        this.name = name;
        this.lookNanos = look.toNanos();
        this.cadence = cadence;
        this.task = task;
        this.nextDue = cadence.first(scheduledAt);
        this.nextLookNanos = nanoNow;
    }

    public String name() {
        return name;
    }

    /** The clock time at which the job is next due. */
    public synchronized Instant nextDue() {
        return nextDue;
    }

    /** Runs the job at once instead of at its due time; woken during a run, it runs once more after it. */
    public void wake() {
        synchronized (this) {
            woken = true;
        }
        schedule.lookNow();
    }

    /** No further runs; a run in progress is interrupted and waited for a few seconds. */
    public void cancel() {
        Thread current;
        boolean wasRunning;
        synchronized (this) {
            cancelled = true;
            current = runner;
            wasRunning = running;
        }
        schedule.remove(this);
        if (current == Thread.currentThread()) {
            return;
        }
        if (current != null) {
            current.interrupt();
        }
        if (wasRunning) {
            awaitRunEnd();
        }
    }

    synchronized boolean looksAt(long nanoNow) {
        return woken || nanoNow - nextLookNanos >= 0;
    }

    synchronized long nanosUntilNextLook(long nanoNow) {
        return woken ? 0 : nextLookNanos - nanoNow;
    }

    /** One look at the clock: starts a run when the job is due (or woken) and not already running. */
    void look(Instant now, long nanoNow) {
        synchronized (this) {
            nextLookNanos = nanoNow + lookNanos;
            boolean wakeUp = woken;
            woken = false;
            if (cancelled) {
                return;
            }
            if (running) {
                owesARun |= wakeUp;
                return;
            }
            if (!wakeUp && now.isBefore(nextDue)) {
                return;
            }
            running = true;
            nextDue = cadence.next(now);
        }
        schedule.dispatch(this);
    }

    void run() {
        boolean go;
        synchronized (this) {
            // Cancelled between the look that started this run and its thread starting: nothing runs.
            go = !cancelled;
            runner = Thread.currentThread();
        }
        try {
            if (go) {
                task.run();
            }
        } catch (RuntimeException e) {
            log.warn("{} failed; due again at {} on the clock: {}", name, nextDue(), e.getMessage(), e);
        } finally {
            boolean again;
            synchronized (this) {
                runner = null;
                running = false;
                again = owesARun && !cancelled;
                owesARun = false;
                woken |= again;
                notifyAll();
            }
            if (again) {
                schedule.lookNow();
            }
        }
    }

    private synchronized void awaitRunEnd() {
        long deadline = System.nanoTime() + CANCEL_WAIT.toNanos();
        try {
            while (running && deadline - System.nanoTime() > 0) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
