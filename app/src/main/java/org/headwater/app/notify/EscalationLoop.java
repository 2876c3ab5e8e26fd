package org.headwater.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Ticks the escalation desk on a fixed wall-clock interval so escalations, reminders and retries happen without new alerts. */
final class EscalationLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EscalationLoop.class);

    private final EscalationDesk desk;
    private final NotifyProperties properties;
    private volatile boolean running;
    private Thread thread;

    EscalationLoop(EscalationDesk desk, NotifyProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("escalation-loop").start(() -> {
            while (running) {
                try {
                    Thread.sleep(properties.tick().toMillis());
                    desk.tick();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn(
                            "Escalation tick failed, retrying on the next tick: {}",
                            e.getClass().getSimpleName());
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
