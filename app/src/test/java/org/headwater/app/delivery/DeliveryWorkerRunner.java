package org.headwater.app.delivery;

import java.time.Clock;
import java.time.Duration;
import org.headwater.delivery.Deliveries;

/** Runs one delivery pass for a consumer (retries after 1 s, doubling, parked after 5) from tests in other packages. */
public final class DeliveryWorkerRunner {

    private static final RetryPolicy TEST_RETRIES = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

    private DeliveryWorkerRunner() {}

    public static int deliverAllDue(Deliveries deliveries, DeliveryConsumer consumer, Clock clock) {
        return new DeliveryWorker(deliveries, consumer, TEST_RETRIES, clock).deliverAllDue();
    }
}
