package org.headwater.app.delivery;

import java.util.List;
import org.headwater.delivery.DeliveredEvent;

/**
 * A consumer that takes a whole pass of due events in one call, in the order they were recorded, so
 * its per-call work (advancing the detectors' clock, one transaction for what they raised) is done
 * once per pass instead of once per event. Throwing means the pass was not taken: each event is then
 * offered alone through {@link #accept}, so a poisoned source still parks only its own part.
 */
public interface BatchDeliveryConsumer extends DeliveryConsumer {

    void acceptAll(List<DeliveredEvent> events);
}
