package org.headwater.app.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.delivery.Deliveries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * One worker thread per consumer while the server runs, woken after each commit to its topic and
 * polling otherwise. Stopping loses nothing: what was not delivered stays in the durable record and
 * is delivered after the next start.
 */
public final class DeliveryWorkers implements SmartLifecycle {

    private record Running(PollingLifecycle polling, Runnable wake) {}

    private final List<DeliveryConsumer> consumers;
    private final Deliveries deliveries;
    private final DeliverySignal signal;
    private final DeliveryProperties properties;
    private final Clock clock;
    private @Nullable List<Running> running;

    DeliveryWorkers(
            List<DeliveryConsumer> consumers,
            Deliveries deliveries,
            DeliverySignal signal,
            DeliveryProperties properties,
            Clock clock) {
        this.consumers = List.copyOf(consumers);
        this.deliveries = deliveries;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running != null) {
            return;
        }
        List<Running> started = new ArrayList<>();
        for (DeliveryConsumer consumer : consumers) {
            DeliveryWorker worker = new DeliveryWorker(deliveries, consumer, RetryPolicy.of(properties), clock);
            // On wall time: the delivery rows are stamped by the database, not by the demo's replay clock.
            PollingLifecycle polling =
                    new PollingLifecycle("delivery-" + consumer.name(), properties.poll(), worker::deliverAllDue);
            polling.start();
            Runnable wake = polling::wake;
            signal.onPublished(consumer.topic(), wake);
            started.add(new Running(polling, wake));
        }
        running = started;
    }

    @Override
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        for (Running r : running) {
            signal.forget(r.wake());
            r.polling().stop();
        }
        running = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }

    // Stops after ingestion (which stops first, at a higher phase) and starts before it.
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
