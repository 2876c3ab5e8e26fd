package org.headwater.app.ingest;

import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.app.delivery.TopicConsumer;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.ConsumptionTotals;

/**
 * The consumer that keeps the overview's hourly consumption totals up to date with each stored batch
 * (ADR 0018). The refresh recomputes the batch's (meter, hour) buckets from the stored reads, so a
 * retried or redelivered batch counts once.
 */
public final class ConsumptionRefresh {

    /** The consumer's name, also what a command-line tool records its batches for. */
    public static final String NAME = "consumption";

    private ConsumptionRefresh() {}

    static DeliveryConsumer of(ConsumptionTotals totals) {
        return new TopicConsumer(
                NAME,
                Topic.TELEMETRY,
                event -> totals.refresh(((StoredTelemetry) event).batch().readings()));
    }
}
