package org.headwater.app.notify;

import org.headwater.app.config.PollingThread;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/** Ticks the escalation desk on a fixed wall-clock interval so escalations, reminders and retries happen without new alerts. */
final class EscalationLoop implements SmartLifecycle {

    private final EscalationDesk desk;
    private final NotifyProperties properties;
    private @Nullable PollingThread polling;

    EscalationLoop(EscalationDesk desk, NotifyProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        polling = PollingThread.start("escalation-loop", properties.tick(), desk::tick);
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
