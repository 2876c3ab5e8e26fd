package org.headwater.delivery;

import java.util.Objects;
import java.util.Set;
import org.headwater.alert.AlertEvent;

/** An alert was raised or cleared and recorded; each is delivered to each consumer once. */
public record RecordedAlert(AlertEvent event) implements DeliveredEvent {

    public RecordedAlert {
        Objects.requireNonNull(event, "event");
    }

    /** The key under which the event is published once: a replayed detection is not delivered again. */
    public String key() {
        return "alert:" + event.alertId() + (event instanceof AlertEvent.AlertRaised ? ":raised" : ":cleared");
    }

    /** The meter or sensor the alert is about. */
    public String source() {
        return switch (event) {
            case AlertEvent.AlertRaised raised -> raised.alert().sourceId();
            case AlertEvent.AlertCleared cleared -> cleared.condition().sourceId();
        };
    }

    @Override
    public Topic topic() {
        return Topic.ALERTS;
    }

    @Override
    public Set<String> sources() {
        return Set.of(source());
    }

    @Override
    public RecordedAlert only(String source) {
        if (!source.equals(source())) {
            throw new IllegalArgumentException("alert " + event.alertId() + " does not concern source " + source);
        }
        return this;
    }
}
