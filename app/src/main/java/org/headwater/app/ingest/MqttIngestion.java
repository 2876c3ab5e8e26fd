package org.headwater.app.ingest;

import org.headwater.app.config.HeadwaterProperties;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.MqttReadingsSubscriber;
import org.headwater.ingest.reads.MqttSubscriberSettings;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the configured MQTT broker while the server runs ({@code headwater.mqtt.enabled=true}).
 * Messages are stored in batches ({@code headwater.mqtt.batch-*}) and each is acknowledged to the
 * broker only after its batch was stored, so a crash loses nothing the broker was told is safe.
 * One flusher stores the batches in the order the messages arrived, so the consumers of stored
 * telemetry receive them in that order from the delivery record. Storing is all the flusher does:
 * a failing consumer never holds it up (ADR 0010); a storage failure is retried with backoff while
 * the broker's delivery waits (nothing is acknowledged before it is stored).
 */
@Component
class MqttIngestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);
    private static final int ONE_FLUSHER_KEEPS_ORDER = 1;
    private static final int QUEUED_BATCHES = 4;

    private final HeadwaterProperties properties;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final WallClock wallClock;
    private @Nullable MqttReadingsSubscriber subscriber;
    private @Nullable BatchingTelemetrySink batching;

    MqttIngestion(HeadwaterProperties properties, ReadIntake intake, TelemetrySink sink, WallClock wallClock) {
        this.properties = properties;
        this.intake = intake;
        this.sink = sink;
        this.wallClock = wallClock;
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
        batching = new BatchingTelemetrySink(
                sink,
                mqtt.batchSize(),
                mqtt.batchMaxAge(),
                mqtt.batchMaxIdle(),
                ONE_FLUSHER_KEEPS_ORDER,
                QUEUED_BATCHES);
        subscriber = MqttReadingsSubscriber.storingInBatches(
                settings,
                intake,
                batching,
                wallClock.clock()); // arrivals at wall-clock time, also under the demo's replay
        subscriber.start();
        log.info(
                "Subscribed to MQTT {}:{} topic {}, storing in batches of up to {}",
                mqtt.host(),
                mqtt.port(),
                mqtt.topicFilter(),
                mqtt.batchSize());
    }

    // Taken messages are stored (and acknowledged) before disconnecting; later ones stay with the broker.
    @Override
    public synchronized void stop() {
        if (subscriber != null && batching != null) {
            subscriber.pause();
            batching.close();
            subscriber.close();
            subscriber = null;
            batching = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return subscriber != null;
    }
}
