package org.headwater.app.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * A {@link PollingThread} that runs while the server runs: started with the application context,
 * stopped (and joined) when it closes. For jobs that decide from the server clock what is due.
 */
public final class PollingLifecycle implements SmartLifecycle {

    private final String name;
    private final Duration poll;
    private final Runnable task;
    private volatile @Nullable PollingThread polling;

    public PollingLifecycle(String name, Duration poll, Runnable task) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException(name + " poll interval must be positive: " + poll);
        }
        this.name = name;
        this.poll = poll;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        polling = PollingThread.start(name, poll, task);
    }

    /** Runs the task at once rather than at the next poll; nothing happens while stopped. */
    public void wake() {
        PollingThread running = polling;
        if (running != null) {
            running.wake();
        }
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }
}
