package org.headwater.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Subscribers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workers, the consumers' subscriptions, the fault drill and the purge of delivered batches. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final Duration KEEP_DELIVERED_BATCHES = Duration.ofHours(1);

    // Retries, drills and purges run on wall time, as the database stamps the deliveries: the demo's
    // replay clock (the primary Clock bean) may stand years back.
    static final Clock WALL = Clock.systemUTC();

    @Bean
    DeliverySignal deliverySignal() {
        return new DeliverySignal();
    }

    @Bean
    Subscribers subscribers(ObjectProvider<DeliveryConsumer> consumers) {
        return new ConsumerSubscribers(consumers);
    }

    @Bean
    DeliveryWorkers deliveryWorkers(
            List<DeliveryConsumer> consumers,
            Deliveries deliveries,
            DeliverySignal signal,
            DeliveryProperties properties) {
        return new DeliveryWorkers(consumers, deliveries, signal, properties, WALL);
    }

    /** Fault drill, documented in docs/architecture.md; absent unless a drill property is set. */
    @Bean
    @ConditionalOnExpression("'${headwater.delivery.drill.poison-source:}' != ''"
            + " or '${headwater.delivery.drill.fail-all-for:}' != ''")
    DeliveryConsumer drillConsumer(DeliveryProperties properties) {
        return new DrillConsumer(properties.drill(), WALL);
    }

    @Bean
    PollingLifecycle deliveredBatchPurge(Deliveries deliveries) {
        return new PollingLifecycle(
                "delivery-purge",
                Duration.ofMinutes(1),
                () -> deliveries.purge(WALL.instant().minus(KEEP_DELIVERED_BATCHES)));
    }
}
