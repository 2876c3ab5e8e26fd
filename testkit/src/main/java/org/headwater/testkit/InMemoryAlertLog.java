package org.headwater.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertLog;
import org.headwater.alert.Alerts;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;

/** An {@link AlertLog} over in-memory alerts and deliveries: new events are recorded and published once. */
public final class InMemoryAlertLog implements AlertLog {

    private final Alerts alerts;
    private final InMemoryDeliveries deliveries;
    private final Subscribers subscribers;
    private final Clock clock;

    public InMemoryAlertLog(Alerts alerts, InMemoryDeliveries deliveries, Subscribers subscribers, Clock clock) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Override
    public synchronized List<AlertEvent> record(List<AlertEvent> events) {
        List<AlertEvent> published = new ArrayList<>();
        for (AlertEvent event : events) {
            if (isNew(event)) {
                alerts.record(event);
                RecordedAlert recorded = new RecordedAlert(event);
                deliveries.publish(
                        recorded.key(), recorded, subscribers.of(Topic.ALERTS), recorded.source(), clock.instant());
                published.add(event);
            }
        }
        return published;
    }

    private boolean isNew(AlertEvent event) {
        return switch (event) {
            case AlertEvent.AlertRaised raised -> alerts.find(raised.alertId()).isEmpty();
            case AlertEvent.AlertCleared cleared ->
                alerts.find(cleared.alertId())
                        .filter(a -> a.clearedAt() == null)
                        .isPresent();
        };
    }
}
