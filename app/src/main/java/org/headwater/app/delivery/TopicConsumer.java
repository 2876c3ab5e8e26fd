package org.headwater.app.delivery;

import java.util.Objects;
import java.util.function.Consumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.Topic;

/** A consumer of one topic that hands each event to {@code handler}. */
public record TopicConsumer(String name, Topic topic, Consumer<DeliveredEvent> handler) implements DeliveryConsumer {

    public TopicConsumer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void accept(DeliveredEvent event) {
        handler.accept(event);
    }
}
