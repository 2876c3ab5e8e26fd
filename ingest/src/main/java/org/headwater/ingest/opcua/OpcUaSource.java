package org.headwater.ingest.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorReport;
import org.headwater.ingest.sources.MappedValues;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;

/**
 * Reads one OPC UA server's tags into readings: one subscription with a monitored item per
 * tag-map address, each value a reading at its source timestamp (quarantined when its status is
 * Bad or it is not a number).
 *
 * <p>Nothing lost, nothing twice: when the session comes back after a loss (network, or a server
 * restart that drops every subscription), the subscription is re-created and the gap since each
 * tag's last value is read with HistoryRead before the live values that arrived meanwhile are let
 * through; a server without history has the gap recorded as non-reporting. A value whose source
 * time is not after its tag's last delivered one is a repeat (the initial value of a re-created
 * item, a republished notification) and is dropped; only source timestamps take part, a server
 * timestamp says when the server read the value, not when it was measured. The store is idempotent on the reading key as
 * well, so a repeat that slipped through would still be stored once.
 *
 * <p>The connector never gives up: a server that is down at start is retried with a growing wait,
 * and bad values are quarantined while the rest flows on.
 */
public final class OpcUaSource implements AutoCloseable {

    public static final String KIND = "opcua";
    private static final System.Logger LOG = System.getLogger(OpcUaSource.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final OpcUaSourceSettings settings;
    private final MappedValues values;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final ConnectorReport report;
    private final Clock clock;
    private final ExecutorService worker;
    private final Map<String, Instant> lastSourceTime = new HashMap<>();
    private final List<Notification> held = new ArrayList<>();
    private final AtomicLong repeats = new AtomicLong();
    private final AtomicLong backfilled = new AtomicLong();
    private final List<String> gaps = new ArrayList<>();
    private final Map<NodeId, String> addressByNode = new LinkedHashMap<>();
    private volatile @Nullable OpcUaClient client;
    private volatile @Nullable OpcUaSubscription subscription;
    private volatile boolean closed;
    private boolean holding;
    private boolean sessionLost;

    public OpcUaSource(
            OpcUaSourceSettings settings,
            TagMap map,
            ReadIntake intake,
            TelemetrySink sink,
            ConnectorReport report,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.values = new MappedValues(Objects.requireNonNull(map, "map"));
        this.intake = Objects.requireNonNull(intake, "intake");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.report = Objects.requireNonNull(report, "report");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("opcua-" + settings.name()).daemon().factory());
    }

    /** Connects in the background, retrying until the server answers; returns at once. */
    public void start() {
        worker.execute(this::connectUntilConnected);
    }

    /** Values dropped because their tag already had a value at that source time or later. */
    public long repeats() {
        return repeats.get();
    }

    /** Values read from the server's history after a reconnect. */
    public long backfilled() {
        return backfilled.get();
    }

    /** Gaps that could not be backfilled, as recorded. */
    public synchronized List<String> gaps() {
        return List.copyOf(gaps);
    }

    private void connectUntilConnected() {
        Duration wait = FIRST_RETRY;
        while (!closed) {
            report.connecting();
            try {
                connect();
                report.connected();
                LOG.log(
                        System.Logger.Level.INFO,
                        "OPC UA source {0} subscribed to {1} tags at {2}",
                        settings.name(),
                        addressByNode.size(),
                        settings.endpointUrl());
                return;
            } catch (Exception e) {
                disconnectQuietly();
                report.disconnected("cannot connect to " + settings.endpointUrl() + ": " + e.getMessage());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void connect() throws UaException {
        OpcUaClient connected = OpcUaClients.create(settings);
        client = connected;
        connected.connect();
        resolveAddresses(connected);
        subscribe(connected);
        connected.addSessionActivityListener(new SessionActivityListener() {
            @Override
            public void onSessionInactive(UaSession session) {
                synchronized (OpcUaSource.this) {
                    sessionLost = true;
                }
                report.disconnected("session with " + settings.endpointUrl() + " lost");
            }

            @Override
            public void onSessionActive(UaSession session) {
                boolean recover;
                synchronized (OpcUaSource.this) {
                    recover = sessionLost;
                    sessionLost = false;
                }
                if (recover && !closed) {
                    worker.execute(OpcUaSource.this::recover);
                }
            }
        });
    }

    private void resolveAddresses(OpcUaClient connected) throws UaException {
        AddressSpaceWalk walk = new AddressSpaceWalk(connected);
        addressByNode.clear();
        for (TagMapping mapping : values.map().mappings()) {
            Optional<NodeId> node = walk.resolve(mapping.address());
            if (node.isEmpty()) {
                report.error("address " + mapping.address() + " of "
                        + values.map().file() + " names no node on " + settings.endpointUrl());
                continue;
            }
            addressByNode.put(node.get(), mapping.address());
        }
    }

    private void subscribe(OpcUaClient connected) throws UaException {
        OpcUaSubscription created = new OpcUaSubscription(
                connected, (double) settings.publishingInterval().toMillis());
        created.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onDataReceived(
                    OpcUaSubscription from, List<OpcUaMonitoredItem> items, List<DataValue> dataValues) {
                received(items, dataValues);
            }
        });
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        addressByNode.forEach((node, address) -> items.add(item(node, address, settings.deadband())));
        created.addMonitoredItems(items);
        created.create();
        synchronize(created);
        subscription = created;
    }

    private OpcUaMonitoredItem item(NodeId node, String address, double deadband) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
        item.setSamplingInterval((double) settings.samplingInterval().toMillis());
        item.setQueueSize(uint(settings.queueSize()));
        item.setDiscardOldest(true);
        item.setFilter(
                deadband > 0
                        ? new DataChangeFilter(
                                DataChangeTrigger.StatusValue, uint(DeadbandType.Absolute.getValue()), deadband)
                        // StatusValueTimestamp: a tag re-sampled with the same value at a new source time is a new
                        // reading
                        : new DataChangeFilter(
                                DataChangeTrigger.StatusValueTimestamp, uint(DeadbandType.None.getValue()), 0.0));
        item.setUserObject(address);
        return item;
    }

    // A deadband filter is refused on non-numeric tags (pump status): those are monitored without one.
    private void synchronize(OpcUaSubscription created) {
        try {
            created.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            List<OpcUaMonitoredItem> retry = new ArrayList<>();
            for (OpcUaMonitoredItem item : created.getMonitoredItems()) {
                StatusCode result = item.getCreateResult().orElse(StatusCode.GOOD);
                if (!result.isGood()) {
                    retry.add(item);
                }
            }
            created.removeMonitoredItems(retry);
            List<OpcUaMonitoredItem> plain = new ArrayList<>();
            for (OpcUaMonitoredItem failed : retry) {
                plain.add(item(failed.getReadValueId().getNodeId(), addressOf(failed), 0));
            }
            created.addMonitoredItems(plain);
            try {
                created.synchronizeMonitoredItems();
            } catch (MonitoredItemSynchronizationException again) {
                for (OpcUaMonitoredItem item : created.getMonitoredItems()) {
                    StatusCode result = item.getCreateResult().orElse(StatusCode.GOOD);
                    if (!result.isGood()) {
                        report.error("cannot monitor " + addressOf(item) + ": " + StatusQuality.name(result));
                    }
                }
            }
        }
    }

    private static String addressOf(OpcUaMonitoredItem item) {
        return item.getUserObject()
                .map(Object::toString)
                .orElse(item.getReadValueId().getNodeId().toParseableString());
    }

    private void received(List<OpcUaMonitoredItem> items, List<DataValue> dataValues) {
        List<Notification> notifications = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            notifications.add(new Notification(addressOf(items.get(i)), dataValues.get(i)));
        }
        synchronized (this) {
            if (holding) {
                held.addAll(notifications);
                return;
            }
        }
        deliver(notifications);
    }

    /** After the session came back: a fresh subscription, the gap from history, then the values held meanwhile. */
    private void recover() {
        OpcUaClient connected = client;
        if (connected == null || closed) {
            return;
        }
        synchronized (this) {
            holding = true;
        }
        try {
            dropSubscription(connected);
            subscribe(connected);
            backfill(connected);
            report.connected();
        } catch (Exception e) {
            report.error("recovering the subscription at " + settings.endpointUrl() + " failed: " + e.getMessage());
            if (!closed) {
                worker.execute(() -> {
                    sleep(FIRST_RETRY);
                    recover();
                });
            }
        } finally {
            List<Notification> release;
            synchronized (this) {
                release = new ArrayList<>(held);
                held.clear();
                holding = false;
            }
            deliver(release);
        }
    }

    private void dropSubscription(OpcUaClient connected) {
        OpcUaSubscription old = subscription;
        subscription = null;
        if (old == null) {
            return;
        }
        try {
            old.delete();
        } catch (UaException e) {
            // the restarted server no longer knows it; forgetting it here is all that is left to do
        }
        if (connected.getSubscriptions().contains(old)) {
            connected.removeSubscription(old);
        }
    }

    private void backfill(OpcUaClient connected) {
        Map<NodeId, Instant> since = new LinkedHashMap<>();
        synchronized (this) {
            addressByNode.forEach((node, address) -> {
                Instant last = lastSourceTime.get(address);
                if (last != null) {
                    since.put(node, last);
                }
            });
        }
        if (since.isEmpty()) {
            return;
        }
        Instant until = clock.instant();
        if (!settings.backfill()) {
            recordGap(since, until, "backfill is off for this source");
            return;
        }
        HistoryGap.Result result = new HistoryGap(connected).read(since, until);
        for (Map.Entry<NodeId, List<DataValue>> entry : result.values().entrySet()) {
            String address = addressByNode.get(entry.getKey());
            List<Notification> history = new ArrayList<>();
            for (DataValue value : entry.getValue()) {
                history.add(new Notification(address, value));
            }
            backfilled.addAndGet(deliver(history));
        }
        if (!result.unsupported().isEmpty()) {
            Map<NodeId, Instant> missing = new LinkedHashMap<>();
            for (NodeId node : result.unsupported().keySet()) {
                missing.put(node, since.get(node));
            }
            recordGap(
                    missing,
                    until,
                    "the server has no history for them ("
                            + result.unsupported().values().iterator().next() + ")");
        }
    }

    private void recordGap(Map<NodeId, Instant> since, Instant until, String why) {
        Instant from = since.values().stream().min(Instant::compareTo).orElse(until);
        String gap = since.size() + " tags of " + settings.name() + " from " + from + " to " + until
                + " not backfilled: " + why + "; their sensors are non-reporting for that span";
        synchronized (this) {
            gaps.add(gap);
        }
        report.error(gap);
        LOG.log(System.Logger.Level.WARNING, gap);
    }

    /** Turns notifications into one batch for the sink; returns how many values it delivered. */
    private int deliver(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        IngestBatch.Builder out = IngestBatch.builder();
        ReadIntake.Session session = intake.session(KIND + ":" + settings.name(), now, out);
        int taken = 0;
        int quarantined = 0;
        Instant newest = null;
        synchronized (this) {
            for (Notification n : notifications) {
                DataValue value = n.value();
                StatusCode status = value.getStatusCode() == null ? StatusCode.GOOD : value.getStatusCode();
                if (status.getValue() == StatusCodes.Bad_WaitingForInitialData) {
                    continue; // the server has no value yet: nothing was measured
                }
                Instant sourceTime = instantOf(value.getSourceTime());
                Instant serverTime = instantOf(value.getServerTime());
                Instant time = sourceTime != null ? sourceTime : serverTime != null ? serverTime : now;
                if (sourceTime != null) {
                    Instant last = lastSourceTime.get(n.address());
                    if (last != null && !sourceTime.isAfter(last)) {
                        repeats.incrementAndGet();
                        continue;
                    }
                    lastSourceTime.put(n.address(), sourceTime);
                }
                session.position(taken);
                Object raw = value.getValue() == null ? null : value.getValue().getValue();
                MappedValues.Outcome outcome = values.accept(
                        session, n.address(), raw, time, StatusQuality.of(status), StatusQuality.name(status));
                taken++;
                if (outcome == MappedValues.Outcome.QUARANTINED) {
                    quarantined++;
                }
                if (newest == null || time.isAfter(newest)) {
                    newest = time;
                }
            }
        }
        if (taken == 0) {
            return 0;
        }
        try {
            sink.accept(out.drain());
        } catch (RuntimeException e) {
            report.error("the store refused " + taken + " values from " + settings.name() + ": " + e.getMessage());
            LOG.log(System.Logger.Level.ERROR, "storing values of OPC UA source " + settings.name() + " failed", e);
            return 0;
        }
        report.values(taken, quarantined, newest);
        return taken;
    }

    private static @Nullable Instant instantOf(@Nullable DateTime time) {
        return time == null || time.isNull() || !time.isValid() ? null : time.getJavaInstant();
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void disconnectQuietly() {
        OpcUaClient current = client;
        client = null;
        if (current != null) {
            try {
                current.disconnect();
            } catch (UaException | RuntimeException e) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        OpcUaClient current = client;
        if (current != null) {
            dropSubscription(current);
        }
        disconnectQuietly();
        report.stopped();
    }

    /** One value the server sent for one address. */
    private record Notification(String address, DataValue value) {}
}
