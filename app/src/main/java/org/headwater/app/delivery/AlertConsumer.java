package org.headwater.app.delivery;

import java.util.Objects;
import java.util.function.Consumer;
import org.headwater.alert.AlertEvent;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Topic;

/** A consumer of recorded alerts that hands each alert event to {@code handler}. */
public record AlertConsumer(String name, Consumer<AlertEvent> handler) implements DeliveryConsumer {

    public AlertConsumer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
    }

    @Override
    public Topic topic() {
        return Topic.ALERTS;
    }

    @Override
    public void accept(DeliveredEvent event) {
        handler.accept(((RecordedAlert) event).event());
    }
}
