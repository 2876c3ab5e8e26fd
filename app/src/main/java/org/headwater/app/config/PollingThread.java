package org.headwater.app.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A virtual thread that runs a task every poll of wall time until closed. The tasks decide for
 * themselves, from the server's clock, whether there is anything to do (the demo's clock runs
 * faster than the wall); a failure is logged and retried at the next poll.
 */
public final class PollingThread implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollingThread.class);

    private final String name;
    private volatile boolean running = true;
    private @Nullable Thread thread;

    private PollingThread(String name) {
        this.name = name;
    }

    public static PollingThread start(String name, Duration poll, Runnable task) {
        PollingThread polling = new PollingThread(name);
        polling.thread = Thread.ofVirtual().name(name).start(() -> polling.loop(poll, task));
        return polling;
    }

    private void loop(Duration poll, Runnable task) {
        while (running) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed, retrying at the next poll: {}", name, e.getMessage(), e);
            }
            // Sleeps for a poll, or less when woken: park returns early on wake() and on interrupt.
            java.util.concurrent.locks.LockSupport.parkNanos(poll.toNanos());
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** Runs the task now instead of at the end of the current poll (a wake during a run brings one more run). */
    public void wake() {
        Thread t = thread;
        if (t != null) {
            java.util.concurrent.locks.LockSupport.unpark(t);
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
