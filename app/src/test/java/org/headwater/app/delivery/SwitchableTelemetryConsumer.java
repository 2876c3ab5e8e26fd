package org.headwater.app.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.Reading;

/** A telemetry consumer for tests: counts each reading it took; can be poisoned for one source or taken down. */
public final class SwitchableTelemetryConsumer implements DeliveryConsumer {

    private final String name;
    private final Map<Reading, AtomicInteger> taken = new ConcurrentHashMap<>();
    volatile String poisoned = "";
    volatile boolean down;

    public SwitchableTelemetryConsumer(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Topic topic() {
        return Topic.TELEMETRY;
    }

    @Override
    public void accept(DeliveredEvent event) {
        if (down) {
            throw new IllegalStateException(name + " is down");
        }
        if (event.sources().contains(poisoned)) {
            throw new IllegalStateException(name + " cannot take " + poisoned);
        }
        ((StoredTelemetry) event)
                .batch()
                .readings()
                .forEach(r -> taken.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet());
    }

    int timesTaken(Reading r) {
        AtomicInteger times = taken.get(r);
        return times == null ? 0 : times.get();
    }

    /** Readings taken, each counted as often as it was taken. */
    int totalTaken() {
        return taken.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
