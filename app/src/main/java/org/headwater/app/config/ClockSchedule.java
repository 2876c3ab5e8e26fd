package org.headwater.app.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The server's one scheduling mechanism (ADR 0012). A virtual thread looks at each job every
 * {@code look} of wall time and starts it, on a virtual thread of its own, once the injected clock
 * has reached the job's due time ({@link Cadence}). Wall time only paces the looking; the clock
 * decides what is due, so the demo's replay clock and a test's settable clock drive every job the
 * way the server's clock does. A job never overlaps itself; a failed run is logged and the job is
 * due again as its cadence says.
 */
public final class ClockSchedule implements AutoCloseable {

    private final Clock clock;
    private final List<ScheduledJob> jobs = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private @Nullable Thread looker;
    private boolean closed;

    public ClockSchedule(Clock clock) {
        this.clock = clock;
    }

    /** The clock whose time decides when jobs are due. */
    public Clock clock() {
        return clock;
    }

    /**
     * Schedules {@code task}: looked at every {@code look} of wall time (first at once), run when
     * the clock has reached the time {@code cadence} says.
     */
    public ScheduledJob schedule(String name, Duration look, Cadence cadence, Runnable task) {
        if (look.isNegative() || look.isZero()) {
            throw new IllegalArgumentException(name + " look interval must be positive: " + look);
        }
        ScheduledJob job = new ScheduledJob(this, name, look, cadence, task, clock.instant(), System.nanoTime());
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the schedule is closed; " + name + " cannot be scheduled");
            }
            jobs.add(job);
            if (looker == null) {
                looker = Thread.ofVirtual().name("clock-schedule").start(this::lookUntilNoJobsLeft);
            }
        }
        return job;
    }

    /** Runs {@code task} once, now, off the caller's thread (a request answers while the job runs). */
    public void runOnce(String name, Runnable task) {
        Thread.ofVirtual().name(name).start(task);
    }

    void dispatch(ScheduledJob job) {
        Thread.ofVirtual().name(job.name()).start(job::run);
    }

    /** Makes the looker look at once (a job was woken or finished a run it owes another). */
    void lookNow() {
        Thread t;
        synchronized (lock) {
            t = looker;
        }
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    void remove(ScheduledJob job) {
        jobs.remove(job);
        lookNow();
    }

    private void lookUntilNoJobsLeft() {
        while (true) {
            synchronized (lock) {
                if (jobs.isEmpty() || closed) {
                    looker = null;
                    return;
                }
            }
            long sleep = Long.MAX_VALUE;
            for (ScheduledJob job : jobs) {
                long nanoNow = System.nanoTime();
                if (job.looksAt(nanoNow)) {
                    job.look(clock.instant(), nanoNow);
                }
                sleep = Math.min(sleep, job.nanosUntilNextLook(System.nanoTime()));
            }
            // Sleeps until the next look, or less when woken (park returns on unpark and on interrupt).
            LockSupport.parkNanos(Math.max(sleep, 1));
            Thread.interrupted();
        }
    }

    /** Cancels every job (waiting a little for running ones) and stops looking. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        jobs.forEach(ScheduledJob::cancel);
        lookNow();
    }
}
