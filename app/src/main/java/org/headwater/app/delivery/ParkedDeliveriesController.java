package org.headwater.app.delivery;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.ParkedDelivery;
import org.headwater.delivery.Topic;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see what a consumer gave up on and send it through again once the cause is fixed. */
@RestController
@RequestMapping("/api/v1/admin/parked")
class ParkedDeliveriesController {

    private static final int MAX_LIMIT = 10_000;

    private final Deliveries deliveries;
    private final AuditTrail trail;
    private final DeliverySignal signal;

    ParkedDeliveriesController(Deliveries deliveries, AuditTrail trail, DeliverySignal signal) {
        this.deliveries = deliveries;
        this.trail = trail;
        this.signal = signal;
    }

    /** Oldest first. */
    @GetMapping
    List<ParkedDelivery> parked(@RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        return deliveries.parked(limit);
    }

    /** Unparks the delivery: it is tried again at once, with a fresh count of attempts. */
    @PostMapping("/{id}/replay")
    Map<String, Object> replay(@PathVariable long id, Principal who) {
        ParkedDelivery parked = deliveries.parked(MAX_LIMIT).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no parked delivery " + id));
        if (!deliveries.replay(id, DeliveryConfiguration.WALL.instant())) {
            throw new NoSuchElementException("no parked delivery " + id);
        }
        trail.append(
                who.getName(),
                AuditAction.DELIVERY_REPLAYED,
                parked.key(),
                Map.of(
                        "delivery", Long.toString(id),
                        "consumer", parked.consumer(),
                        "source", String.valueOf(parked.source()),
                        "attempts", Integer.toString(parked.attempts()),
                        "error", parked.error()));
        for (Topic topic : Topic.values()) {
            signal.published(topic);
        }
        return Map.of("id", id, "replayed", true);
    }
}
