package org.headwater.app.alert;

import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Topic;
import org.springframework.stereotype.Component;

/** The {@code incidents} consumer: each recorded alert is grouped into an incident once (EPA 5.3). */
@Component
class IncidentGrouping implements DeliveryConsumer {

    private final AlertPipeline pipeline;

    IncidentGrouping(AlertPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public Topic topic() {
        return Topic.ALERTS;
    }

    @Override
    public void accept(DeliveredEvent event) {
        pipeline.group(((RecordedAlert) event).event());
    }
}
