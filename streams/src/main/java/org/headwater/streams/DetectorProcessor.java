package org.headwater.streams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.DetectionResult;
import org.headwater.detect.ami.DetectorChain;
import org.headwater.detect.ami.SourceDirectory;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * One task's detector chain. Inputs are queued in the chain and kept in the inputs store (keyed by
 * source, time and kind, so a re-sent read overwrites itself); the punctuator advances the chain and
 * forwards what it raised and cleared. On start (a new instance, or a task moved after a failure) the
 * chain is rebuilt from the stores: open alerts restored, recent inputs accepted again, the chain
 * advanced to the time it had reached, and what that re-detection emits dropped, since the previous
 * owner's transaction already published it (exactly-once v2, ADR 0038).
 */
final class DetectorProcessor implements Processor<String, SourceInputs, String, AlertEvent> {

    private static final System.Logger LOG = System.getLogger(DetectorProcessor.class.getName());
    private static final String ADVANCED_TO = "advanced-to";
    private static final char SEPARATOR = '\u0000';
    private static final long PRUNE_EVERY_MILLIS = 3_600_000;

    private final StreamsSettings settings;
    private final SourceDirectory directory;
    private final Thresholds thresholds;
    private final ChainSettings chainSettings;
    private final Clock clock;
    private ProcessorContext<String, AlertEvent> context;
    private KeyValueStore<String, byte[]> inputs;
    private KeyValueStore<String, byte[]> openAlerts;
    private KeyValueStore<String, Long> clockStore;
    private DetectorChain chain;
    private long advancedTo = Long.MIN_VALUE;
    private long prunedAt = Long.MIN_VALUE;

    DetectorProcessor(
            StreamsSettings settings,
            SourceDirectory directory,
            Thresholds thresholds,
            ChainSettings chainSettings,
            Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.thresholds = thresholds;
        this.chainSettings = chainSettings;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, AlertEvent> context) {
        this.context = context;
        this.inputs = context.getStateStore(DetectorTopology.INPUTS_STORE);
        this.openAlerts = context.getStateStore(DetectorTopology.OPEN_ALERTS_STORE);
        this.clockStore = context.getStateStore(DetectorTopology.CLOCK_STORE);
        rebuild();
        switch (settings.detectorTime()) {
            case WALL_CLOCK ->
                context.schedule(
                        settings.tick(), PunctuationType.WALL_CLOCK_TIME, t -> advance(context.currentSystemTimeMs()));
            case STREAM_TIME -> context.schedule(settings.tick(), PunctuationType.STREAM_TIME, this::advance);
        }
    }

    private void rebuild() {
        chain = new DetectorChain(directory, thresholds, chainSettings, clock);
        List<Alert> open = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = openAlerts.all()) {
            all.forEachRemaining(kv -> open.add(TelemetryCodec.alert(kv.value)));
        }
        chain.restore(open);
        long replayed = 0;
        try (KeyValueIterator<String, byte[]> all = inputs.all()) {
            while (all.hasNext()) {
                SourceInputs stored = TelemetryCodec.inputs(all.next().value);
                chain.accept(stored.readings(), stored.events());
                replayed++;
            }
        }
        Long reached = clockStore.get(ADVANCED_TO);
        if (reached != null) {
            advancedTo = reached;
            chain.advanceTo(Instant.ofEpochMilli(reached)); // published by the previous owner: dropped
        }
        LOG.log(
                System.Logger.Level.INFO,
                "detectors of task {0} rebuilt: {1} open alerts, {2} stored inputs",
                context.taskId(),
                open.size(),
                replayed);
    }

    @Override
    public void process(Record<String, SourceInputs> record) {
        SourceInputs in = record.value();
        if (in == null) {
            return;
        }
        for (Reading r : in.readings()) {
            inputs.put(
                    key(r.sourceId(), r.time(), "R" + r.measurand().name()),
                    TelemetryCodec.inputs(new SourceInputs(r.sourceId(), List.of(r), List.of())));
        }
        for (MeterEvent e : in.events()) {
            inputs.put(
                    key(e.meterId(), e.time(), "E" + e.code().name()),
                    TelemetryCodec.inputs(new SourceInputs(e.meterId(), List.of(), List.of(e))));
        }
        chain.accept(in.readings(), in.events());
    }

    private static String key(String source, Instant time, String kind) {
        return source + SEPARATOR + String.format("%019d", time.toEpochMilli()) + SEPARATOR + kind;
    }

    private void advance(long candidateMillis) {
        long now = Math.max(advancedTo, candidateMillis);
        advancedTo = now;
        clockStore.put(ADVANCED_TO, now);
        DetectionResult result = chain.advanceTo(Instant.ofEpochMilli(now));
        emit(result.alertEvents());
        replayLate(result);
        if (!result.rejected().isEmpty()) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "{0} inputs of unknown sources dropped",
                    result.rejected().size());
        }
        if (prunedAt == Long.MIN_VALUE || now - prunedAt >= PRUNE_EVERY_MILLIS) {
            prune(now - settings.history().toMillis());
            prunedAt = now;
        }
    }

    private void emit(List<AlertEvent> events) {
        for (AlertEvent event : events) {
            String source = switch (event) {
                case AlertEvent.AlertRaised raised -> {
                    Alert alert = raised.alert();
                    openAlerts.put(alert.sourceId() + SEPARATOR + alert.id(), TelemetryCodec.alert(alert));
                    yield alert.sourceId();
                }
                case AlertEvent.AlertCleared cleared -> {
                    openAlerts.delete(cleared.condition().sourceId() + SEPARATOR + cleared.alertId());
                    yield cleared.condition().sourceId();
                }
            };
            context.forward(new Record<>(source, event, advancedTo));
        }
    }

    // A meter whose inputs came after it was detected past them: detected again from the inputs store,
    // as the single-node server replays it from the database.
    private void replayLate(DetectionResult result) {
        Set<String> late = new LinkedHashSet<>();
        result.lateReadings().forEach(r -> late.add(r.sourceId()));
        result.lateEvents().forEach(e -> late.add(e.meterId()));
        for (String source : late) {
            List<Reading> history = new ArrayList<>();
            List<MeterEvent> events = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> stored =
                    inputs.prefixScan(source + SEPARATOR, new StringSerializer())) {
                stored.forEachRemaining(kv -> {
                    SourceInputs in = TelemetryCodec.inputs(kv.value);
                    history.addAll(in.readings());
                    events.addAll(in.events());
                });
            }
            List<Alert> active = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> open =
                    openAlerts.prefixScan(source + SEPARATOR, new StringSerializer())) {
                open.forEachRemaining(kv -> active.add(TelemetryCodec.alert(kv.value)));
            }
            emit(chain.replay(source, history, events, active).alertEvents());
        }
    }

    // Inputs older than the history the chain may need again (a replay, a rebuild) are deleted.
    private void prune(long olderThanMillis) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = inputs.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> kv = all.next();
                int at = kv.key.indexOf(SEPARATOR);
                long time = Long.parseLong(kv.key.substring(at + 1, at + 20));
                if (time < olderThanMillis) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(inputs::delete);
    }
}
