package org.headwater.app.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.opcua.OpcUaSource;
import org.headwater.ingest.opcua.OpcUaSourceSettings;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.SourceDefinition;
import org.headwater.ingest.sources.SourceDefinitions;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the field connectors configured under {@code headwater.sources.<kind>.<name>.*} while the
 * server runs. Every source's settings and map are checked before any starts: a bad map or setting
 * stops the start with a message naming the file, line and field or the property. Values are
 * stored in batches through one flusher (arrival order kept), like MQTT's.
 */
@Component
class SourcesIngestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcesIngestion.class);

    private final SourceDefinitions definitions;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final ConnectorStatusBoard board;
    private final WallClock wallClock;
    private final List<AutoCloseable> running = new ArrayList<>();
    private @Nullable BatchingTelemetrySink batching;

    SourcesIngestion(
            Environment environment,
            ReadIntake intake,
            TelemetrySink sink,
            ConnectorStatusBoard board,
            WallClock wallClock) {
        Map<String, String> settings = Binder.get(environment)
                .bind("headwater.sources", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.definitions = SourceDefinitions.of(settings);
        this.intake = intake;
        this.sink = sink;
        this.board = board;
        this.wallClock = wallClock;
    }

    @Override
    public synchronized void start() {
        List<SourceDefinition> opcua = definitions.enabled(OpcUaSource.KIND);
        List<OpcUaSource> prepared = new ArrayList<>();
        BatchingTelemetrySink batches = null;
        for (SourceDefinition source : opcua) {
            if (batches == null) {
                batches = new BatchingTelemetrySink(sink, 5_000, Duration.ofMillis(200), Duration.ofMillis(20), 1, 4);
            }
            prepared.add(new OpcUaSource(
                    OpcUaSourceSettings.from(source),
                    source.tagMap(),
                    intake,
                    batches,
                    board.register(OpcUaSource.KIND, source.name()),
                    wallClock.clock()));
        }
        batching = batches;
        for (OpcUaSource source : prepared) {
            source.start();
            running.add(source);
        }
        if (!prepared.isEmpty()) {
            log.info("Started {} OPC UA source(s)", prepared.size());
        }
    }

    @Override
    public synchronized void stop() {
        for (AutoCloseable source : running) {
            try {
                source.close();
            } catch (Exception e) {
                log.warn("Closing a source failed: {}", e.getMessage());
            }
        }
        running.clear();
        if (batching != null) {
            batching.close();
            batching = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }
}
