package org.headwater.app.ingest;

import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.app.delivery.TopicConsumer;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.ConsumptionTotals;

/**
 * The consumer that keeps the overview's hourly consumption totals up to date after each stored batch
 * (ADR 0018): it folds what the stored reads added into the totals, so a retried or redelivered batch
 * adds nothing twice.
 */
public final class ConsumptionRefresh {

    /** The consumer's name, also what a command-line tool records its batches for. */
    public static final String NAME = "consumption";

    private ConsumptionRefresh() {}

    static DeliveryConsumer of(ConsumptionTotals totals) {
        // Whatever the event: a fold adds all that was stored and not added yet, and nothing twice.
        return new TopicConsumer(NAME, Topic.TELEMETRY, event -> totals.fold());
    }
}
