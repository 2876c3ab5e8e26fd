package org.headwater.app.ingest;

import java.time.Clock;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.ingest.reads.MqttReadingsSubscriber;
import org.headwater.ingest.reads.MqttSubscriberSettings;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Subscribes to the configured MQTT broker while the server runs ({@code headwater.mqtt.enabled=true}). */
@Component
class MqttIngestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);

    private final HeadwaterProperties properties;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final Clock clock;
    private @Nullable MqttReadingsSubscriber subscriber;

    MqttIngestion(HeadwaterProperties properties, ReadIntake intake, TelemetrySink sink, Clock clock) {
        this.properties = properties;
        this.intake = intake;
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        HeadwaterProperties.Mqtt mqtt = properties.mqtt();
        if (!mqtt.enabled()) {
            return;
        }
        MqttSubscriberSettings settings = new MqttSubscriberSettings(
                mqtt.host(),
                mqtt.port(),
                mqtt.clientId(),
                mqtt.topicFilter(),
                mqtt.username(),
                mqtt.password(),
                properties.ingest().maxPayloadBytes());
        subscriber = new MqttReadingsSubscriber(settings, intake, sink, clock);
        subscriber.start();
        log.info("Subscribed to MQTT {}:{} topic {}", mqtt.host(), mqtt.port(), mqtt.topicFilter());
    }

    @Override
    public synchronized void stop() {
        if (subscriber != null) {
            subscriber.close();
            subscriber = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return subscriber != null;
    }
}
