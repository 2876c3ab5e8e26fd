package org.headwater.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable record of what each consumer still has to receive; implemented by the store, where
 * events are recorded in the same transaction as the change they report.
 */
public interface Deliveries {

    /** Deliveries of {@code consumer} not parked and due at {@code now}, in the order they were recorded. */
    List<Delivery> due(String consumer, Instant now, int limit);

    /** The consumer took it: it is not delivered again. */
    void delivered(long id);

    /** The consumer took all of them at once (one pass of a batch consumer): none is delivered again. */
    void deliveredAll(Collection<Long> ids);

    /**
     * The consumer cannot take it yet (it waits for another consumer): tried again at {@code at}
     * without counting a failure.
     */
    void postpone(long id, Instant at);

    /**
     * The consumer failed: the failure is counted with its error; the delivery is tried again at
     * {@code retryAt}, or parked when that is empty.
     */
    void failed(long id, String error, Instant at, Optional<Instant> retryAt);

    /**
     * Replaces a delivery of a whole event by one delivery per source that failed alone (each with
     * its first failure counted); the sources that succeeded are done.
     */
    void split(long id, Map<String, String> errorBySource, Instant at, Optional<Instant> retryAt);

    /** Parked deliveries, oldest first. */
    List<ParkedDelivery> parked(int limit);

    /** Unparks a delivery to be tried again at {@code at} with its count reset; false when no delivery of that id is parked. */
    boolean replay(long id, Instant at);

    /** Deliveries of {@code consumer} not yet done, parked ones included. */
    long pending(String consumer);

    /** How far behind {@code consumer} is. */
    DeliveryBacklog backlog(String consumer);

    /** Forgets stored batches recorded before {@code recordedBefore} that every consumer took; @return how many */
    long purge(Instant recordedBefore);
}
