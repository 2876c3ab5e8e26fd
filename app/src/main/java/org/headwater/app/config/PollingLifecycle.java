package org.headwater.app.config;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * A job on the {@link ClockSchedule}, due at every look, that runs while the server runs: scheduled
 * when the application context starts, cancelled (and waited for) when it closes. For jobs that read
 * the server clock themselves to decide what is due.
 */
public final class PollingLifecycle implements SmartLifecycle {

    private final ClockSchedule schedule;
    private final String name;
    private final Duration poll;
    private final Runnable task;
    private volatile @Nullable ScheduledJob job;

    public PollingLifecycle(ClockSchedule schedule, String name, Duration poll, Runnable task) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException(name + " poll interval must be positive: " + poll);
        }
        this.schedule = schedule;
        this.name = name;
        this.poll = poll;
        this.task = task;
    }

    /**
     * On a schedule of its own over the wall clock: its job is due at every look, so no clock
     * decides anything; wiring that has the server's schedule passes it instead.
     */
    public PollingLifecycle(String name, Duration poll, Runnable task) {
        this(new ClockSchedule(Clock.systemUTC()), name, poll, task);
    }

    @Override
    public synchronized void start() {
        if (job == null) {
            job = schedule.schedule(name, poll, Cadence.atEveryLook(), task);
        }
    }

    /** Runs the task at once rather than at the next poll; nothing happens while stopped. */
    public void wake() {
        ScheduledJob running = job;
        if (running != null) {
            running.wake();
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledJob running = job;
        if (running != null) {
            running.cancel();
            job = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return job != null;
    }
}
