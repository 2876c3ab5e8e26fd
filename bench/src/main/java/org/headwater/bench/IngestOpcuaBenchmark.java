package org.headwater.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.ingest.opcua.OpcUaSource;
import org.headwater.ingest.opcua.OpcUaSourceSettings;
import org.headwater.ingest.opcua.simulated.SimulatedScadaServer;
import org.headwater.ingest.opcua.simulated.SimulatedTag;
import org.headwater.ingest.opcua.simulated.TagHistory;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.store.Migrations;
import org.headwater.store.PostgresReadings;
import org.headwater.store.PostgresTelemetrySink;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;

/**
 * {@code ingest-opcua [--tags N] [--seconds N] [--jdbc-url URL]}: an in-process OPC UA server
 * whose N tags (10,000 by default) each take a new value every second; the OPC UA connector
 * subscribes to all of them (1 s sampling and publishing) and stores every value in PostgreSQL
 * through the sink the server runs. The figure is values stored per second from the first value
 * written to the last one stored; it is printed only when the store holds every value written.
 */
final class IngestOpcuaBenchmark implements Benchmark {

    private static final Duration DRAIN = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "ingest-opcua";
    }

    @Override
    public String description() {
        return "OPC UA subscription of 10,000 monitored items at 1 s into PostgreSQL, values/s"
                + " (args: [--tags N] [--seconds N] [--jdbc-url URL])";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(args, List.of("--tags", "--seconds", "--jdbc-url"));
        int tagCount = (int) options.count("--tags", 10_000);
        int seconds = (int) options.count("--seconds", 30);
        List<SimulatedTag> tags = new ArrayList<>();
        List<TagMapping> mappings = new ArrayList<>();
        InMemoryMeterDirectory directory = new InMemoryMeterDirectory();
        String prefix = "nsu=" + SimulatedScadaServer.namespaceUri() + ";s=";
        for (int i = 0; i < tagCount; i++) {
            String name = String.format(Locale.ROOT, "PT%05d", i);
            tags.add(SimulatedTag.analog(name));
            mappings.add(TagMapping.of(prefix + name, name, Measurand.PRESSURE, Unit.KILOPASCAL));
            directory.putSensor(name);
        }
        try (BenchDatabase database = BenchDatabase.open(options, out)) {
            Migrations.apply(database.dataSource());
            PostgresReadings readings = new PostgresReadings(database.dataSource());
            if (readings.count() != 0) {
                throw new IllegalArgumentException(
                        "the reading table is not empty; the final count must prove nothing was lost");
            }
            Clock clock = Clock.systemUTC();
            ConnectorStatusBoard board = new ConnectorStatusBoard(clock);
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (SimulatedScadaServer server = SimulatedScadaServer.start(
                            SimulatedScadaServer.Settings.plain(port, tags, new TagHistory()));
                    BatchingTelemetrySink batching = new BatchingTelemetrySink(
                            new PostgresTelemetrySink(database.dataSource(), topic -> List.of(), counts -> {}),
                            20_000,
                            Duration.ofMillis(500),
                            Duration.ofMillis(50),
                            1,
                            4);
                    OpcUaSource source = new OpcUaSource(
                            OpcUaSourceSettings.of("bench", server.endpointUrl()),
                            TagMap.of("bench tags", mappings),
                            ReadIntake.withDefaults(directory, clock),
                            batching,
                            board.register(OpcUaSource.KIND, "bench"),
                            clock)) {
                source.start();
                awaitConnected(board);
                out.printf(
                        Locale.ROOT,
                        "subscribed to %,d monitored items; writing every tag once a second for %d s%n",
                        tagCount,
                        seconds);
                long started = System.nanoTime();
                Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                long written = 0;
                for (int s = 0; s < seconds; s++) {
                    Instant time = first.plusSeconds(s);
                    for (SimulatedTag tag : tags) {
                        server.update(tag.name(), 300.0 + (s % 50), time);
                        written++;
                    }
                    long due = started + Duration.ofSeconds(s + 1).toNanos();
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(Duration.ofNanos(wait));
                    }
                }
                long stored = awaitStored(readings, written, out);
                double elapsed = (System.nanoTime() - started) / 1e9;
                ConnectorStatus status = board.statuses().getFirst();
                out.printf(
                        Locale.ROOT,
                        "%,d values written, %,d stored in %.1f s; connector: %,d values, %,d quarantined,"
                                + " %,d repeats dropped, %d errors%n",
                        written,
                        stored,
                        elapsed,
                        status.values(),
                        status.quarantined(),
                        source.repeats(),
                        status.errors());
                if (stored != written) {
                    throw new IllegalStateException("store holds " + stored + " of " + written + " values written");
                }
                return new Result(stored / elapsed, "values/s");
            }
        }
    }

    private static void awaitConnected(ConnectorStatusBoard board) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (board.statuses().getFirst().state() != org.headwater.ingest.sources.ConnectorState.CONNECTED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the connector did not connect: " + board.statuses().getFirst());
            }
            Thread.sleep(100);
        }
    }

    // The first value counted stored is the first written; the clock stops when the last is in the store.
    private static long awaitStored(PostgresReadings readings, long written, PrintStream out)
            throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long stored = readings.count();
        while (stored < written && System.nanoTime() < deadline) {
            Thread.sleep(200);
            stored = readings.count();
        }
        return stored;
    }
}
