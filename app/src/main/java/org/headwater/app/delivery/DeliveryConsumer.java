package org.headwater.app.delivery;

import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.Topic;

/**
 * Something downstream of storage: receives each event of its topic after commit, at least once,
 * on its own worker thread. Throwing means "not taken": the event (or the failing source's part of
 * it) is retried with backoff and parked after {@code headwater.delivery.max-attempts} failures.
 */
public interface DeliveryConsumer {

    /** Stable name: the durable record keeps each consumer's deliveries under it. */
    String name();

    Topic topic();

    void accept(DeliveredEvent event);
}
