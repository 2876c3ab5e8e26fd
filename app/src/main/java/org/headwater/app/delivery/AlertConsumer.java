package org.headwater.app.delivery;

import java.util.function.Consumer;
import org.headwater.alert.AlertEvent;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Topic;

/** Consumers of recorded alerts. */
public final class AlertConsumer {

    private AlertConsumer() {}

    /** A consumer of recorded alerts that hands each alert event to {@code handler}. */
    public static DeliveryConsumer of(String name, Consumer<AlertEvent> handler) {
        return new TopicConsumer(name, Topic.ALERTS, event -> handler.accept(((RecordedAlert) event).event()));
    }
}
