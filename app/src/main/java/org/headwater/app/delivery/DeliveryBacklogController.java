package org.headwater.app.delivery;

import java.util.Comparator;
import java.util.List;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.DeliveryBacklog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see whether each consumer keeps up: what waits, what is parked, and how old the oldest is. */
@RestController
@RequestMapping("/api/v1/admin/deliveries")
class DeliveryBacklogController {

    private final List<DeliveryConsumer> consumers;
    private final Deliveries deliveries;

    DeliveryBacklogController(List<DeliveryConsumer> consumers, Deliveries deliveries) {
        this.consumers = consumers;
        this.deliveries = deliveries;
    }

    /** One row per consumer, by name. */
    @GetMapping
    List<DeliveryBacklog> backlog() {
        return consumers.stream()
                .map(DeliveryConsumer::name)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .map(deliveries::backlog)
                .toList();
    }
}
