package org.headwater.app.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.modbus.ModbusPoller;
import org.headwater.ingest.modbus.ModbusSources;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.SourceDefinition;
import org.headwater.ingest.sources.SourceDefinitions;
import org.headwater.ingest.sparkplug.SparkplugHost;
import org.headwater.ingest.sparkplug.SparkplugMetricIntake;
import org.headwater.ingest.sparkplug.SparkplugSources;
import org.headwater.telemetry.TelemetrySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts every enabled {@code headwater.sources.sparkplug.<name>} host and
 * {@code headwater.sources.modbus.<name>} poller, each reporting to the connector status board, and
 * stops them at shutdown. A bad setting or map stops the start with a message naming the property,
 * or the file, line and field.
 */
@Component
class FieldSourceConnectors implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FieldSourceConnectors.class);
    private static final int BATCH = 5_000;
    private static final Duration BATCH_AGE = Duration.ofMillis(200);
    private static final Duration BATCH_IDLE = Duration.ofMillis(5);

    private final Environment environment;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final Clock clock;
    private final ConnectorStatusBoard board;
    private final List<AutoCloseable> running = new ArrayList<>();

    FieldSourceConnectors(
            Environment environment,
            ReadIntake intake,
            TelemetrySink sink,
            WallClock wallClock,
            ObjectProvider<ConnectorStatusBoard> board) {
        this.environment = environment;
        this.intake = intake;
        this.sink = sink;
        this.clock = wallClock.clock(); // arrivals and polls at wall-clock time, also under the demo's replay
        this.board = board.getIfAvailable(() -> new ConnectorStatusBoard(clock));
    }

    @Override
    public synchronized void start() {
        Map<String, String> settings = Binder.get(environment)
                .bind("headwater.sources", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        SourceDefinitions sources = SourceDefinitions.of(settings);
        for (SourceDefinition source : sources.enabled(SparkplugSources.KIND)) {
            BatchingTelemetrySink batching = new BatchingTelemetrySink(sink, BATCH, BATCH_AGE, BATCH_IDLE, 1, 4);
            SparkplugHost host = new SparkplugHost(
                    SparkplugSources.settings(source),
                    intake,
                    new SparkplugMetricIntake(source.tagMap()),
                    batching,
                    board.register(SparkplugSources.KIND, source.name()),
                    clock);
            host.start();
            running.add(batching); // closed after the host: what it took is stored
            running.add(host);
            log.info(
                    "Sparkplug source {} following {}",
                    source.name(),
                    SparkplugSources.settings(source).topicFilter());
        }
        for (SourceDefinition source : sources.enabled(ModbusSources.KIND)) {
            ModbusPoller poller = new ModbusPoller(
                    ModbusSources.settings(source),
                    ModbusSources.registerMap(source),
                    intake,
                    sink,
                    board.register(ModbusSources.KIND, source.name()),
                    clock);
            poller.start();
            running.add(poller);
            log.info(
                    "Modbus source {} polling {}",
                    source.name(),
                    ModbusSources.settings(source).host());
        }
    }

    /** The status board the connectors report to. */
    ConnectorStatusBoard board() {
        return board;
    }

    @Override
    public synchronized void stop() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.warn("closing a field connector failed", e);
            }
        }
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }
}
