package org.headwater.ingest.reads;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.TelemetrySink;

/**
 * Subscribes to the JSON read topics (MQTT 3.1.1, QoS 1, persistent session, automatic reconnect)
 * and hands each message's {@link IngestBatch} to a {@link TelemetrySink}. Bad payloads become
 * quarantine entries inside the batch, never exceptions, so one bad publisher cannot stop the
 * subscriber. A message is acknowledged only after the sink took its batch: if the sink throws,
 * the message stays unacknowledged and the broker delivers it again after the next reconnect.
 * Built with {@link #storingInBatches}, a message is acknowledged only once the gathered batch
 * holding it was delivered (stored), so a crash before that loses nothing: the broker still holds
 * it for the persistent session. Messages are parsed and handed over on the client's network thread,
 * in arrival order: a sink that blocks holds back reading from the broker instead of queueing
 * without bound, and acknowledgements from the sink's threads are queued to that thread, never waited for.
 */
public final class MqttReadingsSubscriber implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MqttReadingsSubscriber.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final MqttSubscriberSettings settings;
    private final ReadPayloadParser parser;
    private final Handoff handoff;
    private final Clock clock;
    private final Mqtt3AsyncClient client;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong sinkFailures = new AtomicLong();
    private volatile boolean paused;

    /** How a parsed message reaches the sink and when it is acknowledged. */
    @FunctionalInterface
    private interface Handoff {
        void take(IngestBatch batch, Mqtt3Publish publish);
    }

    /** Acknowledges each message as soon as {@code sink} took its batch. */
    public MqttReadingsSubscriber(MqttSubscriberSettings settings, ReadIntake intake, TelemetrySink sink, Clock clock) {
        this(settings, intake, handingTo(Objects.requireNonNull(sink, "sink")), clock);
    }

    /**
     * Hands messages to {@code batching} and acknowledges each only after the gathered batch holding
     * it was delivered downstream.
     */
    public static MqttReadingsSubscriber storingInBatches(
            MqttSubscriberSettings settings, ReadIntake intake, BatchingTelemetrySink batching, Clock clock) {
        Objects.requireNonNull(batching, "batching");
        return new MqttReadingsSubscriber(
                settings, intake, (batch, publish) -> batching.accept(batch, publish::acknowledge), clock);
    }

    private static Handoff handingTo(TelemetrySink sink) {
        return (batch, publish) -> {
            sink.accept(batch);
            publish.acknowledge();
        };
    }

    private MqttReadingsSubscriber(MqttSubscriberSettings settings, ReadIntake intake, Handoff handoff, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new ReadPayloadParser(intake, settings.maxPayloadBytes());
        this.handoff = handoff;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = MqttClient.builder()
                .useMqttVersion3()
                .identifier(settings.clientId())
                .serverHost(settings.host())
                .serverPort(settings.port())
                .automaticReconnect()
                .initialDelay(500, TimeUnit.MILLISECONDS)
                .maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .buildAsync();
    }

    /**
     * Connects and subscribes, waiting until the broker confirmed both.
     *
     * @throws IllegalStateException naming the broker when it cannot be reached in 30 s
     */
    public void start() {
        Mqtt3ConnectBuilder connect = Mqtt3Connect.builder().cleanSession(false).keepAlive(30);
        if (settings.username() != null) {
            String password = settings.password();
            connect = connect.simpleAuth()
                    .username(settings.username())
                    .password(password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        try {
            // Registered before connecting: the broker sends what it queued for this persistent session right
            // after CONNACK, before the SUBSCRIBE below is answered, and the client acknowledges and drops any
            // message no callback is registered for yet (hivemq-mqtt-client #521): after a crash those were lost.
            // On the client's own network thread: by default each message crosses to a shared scheduler
            // through a 128-message window, and while that thread lags the client re-walks every held
            // message on each arrival, so a backlog feeds itself.
            client.publishes(MqttGlobalPublishFilter.ALL, this::onMessage, Runnable::run, true);
            client.connect(connect.build()).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            client.subscribeWith()
                    .topicFilter(settings.topicFilter())
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send()
                    .get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to MQTT broker " + broker(), e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot subscribe to " + settings.topicFilter() + " at MQTT broker " + broker() + ": "
                            + e.getMessage(),
                    e);
        }
        LOG.log(System.Logger.Level.INFO, "subscribed to {0} at {1}", settings.topicFilter(), broker());
    }

    /** Messages handed to the sink so far (including those whose content was all quarantined). */
    public long messages() {
        return messages.get();
    }

    /** Messages the sink refused; they stay unacknowledged. */
    public long sinkFailures() {
        return sinkFailures.get();
    }

    /**
     * Stops taking messages before a shutdown: those delivered from now on stay unacknowledged, and
     * the broker delivers them again after the next connection of this persistent session.
     */
    public void pause() {
        paused = true;
    }

    private void onMessage(Mqtt3Publish publish) {
        if (paused) {
            return;
        }
        String topic = publish.getTopic().toString();
        IngestBatch batch =
                parser.parse(publish.getPayloadAsBytes(), "mqtt:" + topic, MqttTopics.sourceOf(topic), clock.instant());
        try {
            handoff.take(batch, publish);
        } catch (RuntimeException e) {
            sinkFailures.incrementAndGet();
            LOG.log(
                    System.Logger.Level.ERROR,
                    "sink refused the batch of a message on " + topic + "; left unacknowledged for redelivery",
                    e);
            return;
        }
        messages.incrementAndGet();
    }

    private String broker() {
        return settings.host() + ":" + settings.port();
    }

    /** Disconnects; the persistent session keeps messages published meanwhile for the next start. */
    @Override
    public void close() {
        try {
            client.disconnect().get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "disconnect from " + broker() + " failed: " + e.getMessage());
        }
    }
}
