package org.headwater.ingest.sparkplug;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorReport;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;

/**
 * A Sparkplug B host application (specification 3.0): subscribes to {@code spBv1.0/<group>/#},
 * announces itself with a retained STATE message (online on connect, offline as its will and on
 * close), hands every mapped metric to the {@link TelemetrySink} as readings with the metric's own
 * time, and marks the sensors of dead edge nodes and devices stale. Messages are handled on the MQTT
 * client's network thread in arrival order, which the sequence check needs. Unmapped metrics are
 * counted and skipped (an edge node publishes far more than a utility maps); bad payloads, unknown
 * aliases and type mismatches are quarantined and the host keeps reading. Its only publications are
 * its STATE message and {@link RebirthRequest}s.
 */
public final class SparkplugHost implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SparkplugHost.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final SparkplugHostSettings settings;
    private final ReadIntake intake;
    private final SparkplugMetricIntake metrics;
    private final ConnectorReport report;
    private final TelemetrySink sink;
    private final Clock clock;
    private final EdgeNodes edgeNodes;
    private final Mqtt3AsyncClient client;
    private final long stateTimestamp;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong values = new AtomicLong();
    private final AtomicLong unmapped = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong rebirthRequests = new AtomicLong();
    private final AtomicLong sinkFailures = new AtomicLong();
    private final CompletableFuture<@Nullable Void> announced = new CompletableFuture<>();
    private volatile Set<String> staleSensors = Set.of();

    public SparkplugHost(
            SparkplugHostSettings settings,
            ReadIntake intake,
            SparkplugMetricIntake metrics,
            TelemetrySink sink,
            ConnectorReport report,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.report = Objects.requireNonNull(report, "report");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.edgeNodes = new EdgeNodes(settings.rebirthRetry());
        this.stateTimestamp = clock.millis();
        this.client = MqttClient.builder()
                .useMqttVersion3()
                .identifier(settings.clientId())
                .serverHost(settings.host())
                .serverPort(settings.port())
                .automaticReconnect()
                .initialDelay(500, TimeUnit.MILLISECONDS)
                .maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                // Specification 3.0, 7.1: subscribe first, then announce; again after every reconnect (clean session).
                .addConnectedListener(context -> {
                    report.connected();
                    subscribeAndAnnounce();
                })
                .addDisconnectedListener(context -> {
                    if (context.getSource() != com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource.USER) {
                        report.disconnected("lost MQTT broker " + broker() + ": "
                                + context.getCause().getMessage());
                    }
                })
                .buildAsync();
    }

    /**
     * Connects (clean session, as Sparkplug hosts do), subscribes and publishes the STATE birth.
     *
     * @throws IllegalStateException naming the broker when it cannot be reached in 30 s
     */
    public void start() {
        Mqtt3ConnectBuilder connect = Mqtt3Connect.builder()
                .cleanSession(true)
                .keepAlive(30)
                .willPublish()
                .topic(settings.stateTopic())
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(state(false))
                .applyWillPublish();
        if (settings.username() != null) {
            String password = settings.password();
            connect = connect.simpleAuth()
                    .username(settings.username())
                    .password(password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        try {
            client.publishes(MqttGlobalPublishFilter.ALL, this::onMessage, Runnable::run);
            client.connect(connect.build()).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            announced.get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to MQTT broker " + broker(), e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot subscribe to " + settings.topicFilter() + " at MQTT broker " + broker() + ": "
                            + e.getMessage(),
                    e);
        }
        LOG.log(
                System.Logger.Level.INFO,
                "Sparkplug host {0} following {1} at {2}",
                settings.hostId(),
                settings.topicFilter(),
                broker());
    }

    private void onMessage(Mqtt3Publish publish) {
        SparkplugTopic topic =
                SparkplugTopic.parse(publish.getTopic().toString()).orElse(null);
        if (topic == null) {
            return; // STATE messages, ours and other hosts'
        }
        messages.incrementAndGet();
        Instant receivedAt = clock.instant();
        MessageOutcome outcome = edgeNodes.handle(topic, publish.getPayloadAsBytes(), receivedAt);
        IngestBatch.Builder out = IngestBatch.builder();
        ReadIntake.Session session = intake.session("sparkplug:" + topic, receivedAt, out);
        long position = 0;
        for (MessageOutcome.Refusal refusal : outcome.refusals()) {
            session.position(position++);
            session.reject(refusal.rejection(), refusal.raw());
            report.error(refusal.rejection().detail());
        }
        @Nullable Instant newest = null;
        for (MetricValue value : outcome.values()) {
            session.position(position++);
            if (metrics.sensorOf(value.address()).isEmpty()) {
                unmapped.incrementAndGet();
                continue;
            }
            metrics.accept(session, value);
            newest = newest == null || value.time().isAfter(newest) ? value.time() : newest;
        }
        IngestBatch batch = out.drain();
        refused.addAndGet(batch.rejected().size());
        values.addAndGet(batch.readings().size());
        report.values(
                batch.readings().size() + batch.rejected().size(),
                batch.rejected().size(),
                newest);
        if (!batch.isEmpty()) {
            try {
                sink.accept(batch);
            } catch (RuntimeException e) {
                sinkFailures.incrementAndGet();
                LOG.log(System.Logger.Level.ERROR, "sink refused the batch of a message on " + topic, e);
            }
        }
        if (outcome.rebirth() != null) {
            requestRebirth(outcome.rebirth());
        }
        if (topic.type() == SparkplugMessageType.NDEATH
                || topic.type() == SparkplugMessageType.DDEATH
                || topic.type() == SparkplugMessageType.NBIRTH
                || topic.type() == SparkplugMessageType.DBIRTH) {
            staleSensors = sensorsOf(edgeNodes.staleAddresses());
        }
    }

    private Set<String> sensorsOf(Set<String> addresses) {
        Set<String> sensors = new HashSet<>();
        for (String address : addresses) {
            metrics.sensorOf(address).ifPresent(sensors::add);
        }
        return Set.copyOf(sensors);
    }

    private void requestRebirth(RebirthRequest request) {
        rebirthRequests.incrementAndGet();
        LOG.log(
                System.Logger.Level.WARNING,
                "asking edge node {0}/{1} for a rebirth (sequence gap or unknown alias)",
                request.group(),
                request.node());
        client.publishWith()
                .topic(request.topic())
                .qos(MqttQos.AT_MOST_ONCE)
                .payload(request.payload(clock.instant()))
                .send();
    }

    private void subscribeAndAnnounce() {
        client.subscribeWith()
                .topicFilter(settings.topicFilter())
                .qos(MqttQos.AT_LEAST_ONCE)
                .send()
                .thenCompose(subscribed -> client.publishWith()
                        .topic(settings.stateTopic())
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .retain(true)
                        .payload(state(true))
                        .send())
                .whenComplete((published, failure) -> {
                    if (failure != null) {
                        LOG.log(System.Logger.Level.ERROR, "cannot subscribe or announce at " + broker(), failure);
                        announced.completeExceptionally(failure);
                    } else {
                        announced.complete(null);
                    }
                });
    }

    // Specification 3.0, 7.4: the will and the birth carry the same timestamp, so edge nodes can tell sessions apart.
    private byte[] state(boolean online) {
        return ("{\"online\":" + online + ",\"timestamp\":" + stateTimestamp + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** Sparkplug messages received on edge topics. */
    public long messages() {
        return messages.get();
    }

    /** Readings handed to the sink. */
    public long values() {
        return values.get();
    }

    /** Metric values no tag-map line names (skipped). */
    public long unmapped() {
        return unmapped.get();
    }

    /** Records quarantined: bad payloads, unknown aliases, type mismatches, implausible values. */
    public long refused() {
        return refused.get();
    }

    /** Node Control/Rebirth requests sent. */
    public long rebirthRequests() {
        return rebirthRequests.get();
    }

    /** Batches the sink refused. */
    public long sinkFailures() {
        return sinkFailures.get();
    }

    /** Mapped sensors whose edge node or device is dead (NDEATH/DDEATH) and not yet reborn. */
    public Set<String> staleSensors() {
        return staleSensors;
    }

    /** Publishes the STATE death (as the will would) and disconnects. */
    @Override
    public void close() {
        report.stopped();
        try {
            client.publishWith()
                    .topic(settings.stateTopic())
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .retain(true)
                    .payload(state(false))
                    .send()
                    .get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            client.disconnect().get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "disconnect from " + broker() + " failed: " + e.getMessage());
        }
    }

    private String broker() {
        return settings.host() + ":" + settings.port();
    }
}
