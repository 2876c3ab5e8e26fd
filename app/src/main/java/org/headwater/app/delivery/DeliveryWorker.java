package org.headwater.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Delivery;
import org.headwater.delivery.NotReadyYet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one consumer's due events in the order they were recorded. A failure never holds back the
 * events after it: the failed one waits for its retry. When a consumer fails on a whole batch, each
 * source's part is offered alone, and only the parts that fail stay behind to be retried and parked.
 * A {@link BatchDeliveryConsumer} gets each pass in one call. A consumer that is not ready yet
 * ({@link NotReadyYet}) is asked again shortly, without a failure counted, for a bounded time.
 */
public final class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int PER_PASS = 100;
    private static final int MAX_ERROR_LENGTH = 2_000;
    static final Duration NOT_READY_RETRY = Duration.ofSeconds(2);
    // 5 minutes of waiting for another consumer; after that each wait counts as a failure.
    static final int MAX_NOT_READY_WAITS = 150;

    private final Deliveries deliveries;
    private final DeliveryConsumer consumer;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Map<Long, Integer> notReadyWaits = new HashMap<>();

    DeliveryWorker(Deliveries deliveries, DeliveryConsumer consumer, RetryPolicy retry, Clock clock) {
        this.deliveries = deliveries;
        this.consumer = consumer;
        this.retry = retry;
        this.clock = clock;
    }

    String consumerName() {
        return consumer.name();
    }

    /** Delivers until nothing is due; @return how many deliveries were attempted */
    public int deliverAllDue() {
        int attempted = 0;
        List<Delivery> due;
        do {
            due = deliveries.due(consumer.name(), clock.instant(), PER_PASS);
            deliverPass(due);
            attempted += due.size();
        } while (due.size() == PER_PASS);
        return attempted;
    }

    private void deliverPass(List<Delivery> due) {
        if (consumer instanceof BatchDeliveryConsumer batch && due.size() > 1) {
            try {
                batch.acceptAll(due.stream().map(Delivery::event).toList());
            } catch (RuntimeException e) {
                log.debug("{} did not take a pass of {}; each is offered alone: {}", consumer.name(), due.size(), e);
                due.forEach(this::deliver);
                return;
            }
            deliveries.deliveredAll(due.stream().map(Delivery::id).toList());
            due.forEach(d -> notReadyWaits.remove(d.id()));
            return;
        }
        due.forEach(this::deliver);
    }

    private void deliver(Delivery delivery) {
        try {
            consumer.accept(delivery.event());
        } catch (NotReadyYet e) {
            notReady(delivery, e);
            return;
        } catch (RuntimeException e) {
            notReadyWaits.remove(delivery.id());
            failed(delivery, e);
            return;
        }
        notReadyWaits.remove(delivery.id());
        deliveries.delivered(delivery.id());
    }

    private void notReady(Delivery delivery, NotReadyYet why) {
        int waits = notReadyWaits.merge(delivery.id(), 1, Integer::sum);
        if (waits > MAX_NOT_READY_WAITS) {
            failed(delivery, why); // waited long enough: from now on each "not ready" is a failure
            return;
        }
        deliveries.postpone(delivery.id(), clock.instant().plus(NOT_READY_RETRY));
        log.debug("{} is not ready for {} (wait {}): {}", consumer.name(), delivery.key(), waits, why.getMessage());
    }

    private void failed(Delivery delivery, RuntimeException failure) {
        Instant now = clock.instant();
        Set<String> sources = delivery.event().sources();
        if (delivery.source() == null && sources.size() > 1) {
            Map<String, String> errorBySource = new LinkedHashMap<>();
            for (String source : sources) {
                try {
                    consumer.accept(delivery.event().only(source));
                } catch (RuntimeException e) {
                    errorBySource.put(source, describe(e));
                }
            }
            // Every part failing says the consumer is down, not that a source is poisoned: keep the batch whole.
            if (errorBySource.size() < sources.size()) {
                deliveries.split(delivery.id(), errorBySource, now, retry.retryAt(1, now));
                log.warn(
                        "{} failed on {} of the {} sources of {}; those are retried alone",
                        consumer.name(),
                        errorBySource.size(),
                        sources.size(),
                        delivery.key());
                return;
            }
        }
        int failures = delivery.attempts() + 1;
        var retryAt = retry.retryAt(failures, now);
        deliveries.failed(delivery.id(), describe(failure), now, retryAt);
        if (retryAt.isEmpty()) {
            notReadyWaits.remove(delivery.id());
            log.error(
                    "{} failed {} times on {} (source {}); parked for an administrator",
                    consumer.name(),
                    failures,
                    delivery.key(),
                    delivery.source(),
                    failure);
        } else {
            log.warn(
                    "{} failed on {} (attempt {}), retrying at {}: {}",
                    consumer.name(),
                    delivery.key(),
                    failures,
                    retryAt.get(),
                    failure.toString());
        }
    }

    private static String describe(RuntimeException e) {
        String text = e.toString();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
