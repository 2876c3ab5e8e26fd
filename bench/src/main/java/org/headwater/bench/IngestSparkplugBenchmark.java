package org.headwater.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.ingest.sparkplug.SparkplugHost;
import org.headwater.ingest.sparkplug.SparkplugHostSettings;
import org.headwater.ingest.sparkplug.SparkplugMetricIntake;
import org.headwater.network.MeterSpec;
import org.headwater.store.Migrations;
import org.headwater.store.PostgresReadings;
import org.headwater.store.PostgresTelemetrySink;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.Unit;

/**
 * {@code ingest-sparkplug [--seconds N] [--nodes N] [--metrics N] [--in-flight N] [--batch N] [--writers N]
 * [--broker mosquitto|moquette|tcp://host:port] [--fsync off] [--jdbc-url URL]}: simulated edge nodes
 * publish a birth and then data messages carrying every metric by alias for the window; the {@link
 * SparkplugHost} (the server's host application) checks their sequence numbers, resolves aliases,
 * maps each metric through a tag map to a sensor and validates it, a {@link BatchingTelemetrySink}
 * gathers the readings and {@link PostgresTelemetrySink} stores them. After the window the run waits
 * for the store and counts the reading table: every metric the broker confirmed must be stored, with
 * nothing quarantined and no rebirth requested, or no figure is printed.
 */
final class IngestSparkplugBenchmark implements Benchmark {

    private static final Duration MAX_BATCH_AGE = Duration.ofMillis(200);
    private static final Duration MAX_BATCH_IDLE = Duration.ofMillis(5);
    private static final Duration CATCH_UP_STALL = Duration.ofSeconds(60);
    private static final long MAX_BACKLOG = 200_000;

    @Override
    public String name() {
        return "ingest-sparkplug";
    }

    @Override
    public String description() {
        return "Sparkplug B metrics end to end into PostgreSQL, metrics/s (args: [--seconds N] [--nodes N] [--metrics N]"
                + " [--in-flight N] [--batch N] [--writers N] [--broker mosquitto|moquette|tcp://host:port] [--fsync off]"
                + " [--jdbc-url URL])";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args,
                List.of(
                        "--seconds",
                        "--nodes",
                        "--metrics",
                        "--in-flight",
                        "--batch",
                        "--writers",
                        "--broker",
                        "--fsync",
                        "--jdbc-url"));
        Duration window = Duration.ofSeconds(options.count("--seconds", 60));
        int nodes = (int) options.count("--nodes", 4);
        int metrics = (int) options.count("--metrics", 50);
        int inFlight = (int) options.count("--in-flight", 20);
        int batch = (int) options.count("--batch", 20_000);
        int writers = (int) options.count("--writers", 2);
        try (BenchDatabase database = BenchDatabase.open(options, out);
                BenchBroker broker = BenchBroker.open(options, out)) {
            Migrations.apply(database.dataSource());
            PostgresReadings readings = new PostgresReadings(database.dataSource());
            if (readings.count() != 0) {
                throw new IllegalArgumentException(
                        "the reading table is not empty; point --jdbc-url at an empty database");
            }
            CountingStore stored = new CountingStore(
                    new PostgresTelemetrySink(database.dataSource(), topic -> List.of(), counts -> {}));
            BatchingTelemetrySink batching =
                    new BatchingTelemetrySink(stored, batch, MAX_BATCH_AGE, MAX_BATCH_IDLE, writers, 4);
            SparkplugHost host = new SparkplugHost(
                    new SparkplugHostSettings(
                            broker.host(),
                            broker.port(),
                            "headwater-bench",
                            "headwater-bench-host-" + ProcessHandle.current().pid(),
                            SparkplugEdgeTraffic.GROUP,
                            null,
                            null,
                            Duration.ofSeconds(30)),
                    ReadIntake.withDefaults(
                            MeterDirectory.acceptingAll(MeterSpec.residentialDefault()), Clock.systemUTC()),
                    new SparkplugMetricIntake(tagMap(nodes, metrics)),
                    batching,
                    new ConnectorStatusBoard(Clock.systemUTC()).register("sparkplug", "bench"),
                    Clock.systemUTC());
            host.start();
            out.printf(
                    Locale.ROOT,
                    "%d edge nodes x %d metrics per message (QoS 1, %d unconfirmed per node), for %d s;"
                            + " store batches of %,d on %d writers%n",
                    nodes,
                    metrics,
                    inFlight,
                    window.toSeconds(),
                    batch,
                    writers);

            SparkplugEdgeTraffic edges = new SparkplugEdgeTraffic(
                    broker.host(), broker.port(), nodes, metrics, inFlight, stored::readings, MAX_BACKLOG);
            long start = System.nanoTime();
            edges.start();
            long windowEnd = start + window.toNanos();
            while (System.nanoTime() < windowEnd) {
                Thread.sleep(Math.min(5_000, Math.max(1, (windowEnd - System.nanoTime()) / 1_000_000)));
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "  %5.1f s: %,d metrics published (%,.0f/s), %,d stored (%,.0f/s)%n",
                        seconds,
                        edges.confirmedMetrics(),
                        edges.confirmedMetrics() / seconds,
                        stored.readings(),
                        stored.readings() / seconds);
            }
            long published = edges.stop();
            stored.awaitCatchUp(published, CATCH_UP_STALL, out);
            batching.close();
            host.close();
            double seconds = (stored.lastDeliveryNanos() - start) / 1e9;
            long counted = readings.count();
            out.printf(
                    Locale.ROOT,
                    "store holds %,d of %,d metrics published (quarantined %,d, unmapped %,d, rebirth requests %d,"
                            + " publish failures %d); all stored %.1f s after the first publish%n",
                    counted,
                    published,
                    stored.rejected(),
                    host.unmapped(),
                    host.rebirthRequests(),
                    edges.failures(),
                    seconds);
            if (counted != published || stored.rejected() != 0 || host.rebirthRequests() != 0) {
                throw new IllegalStateException("store holds " + counted + " of " + published + " metrics; quarantined "
                        + stored.rejected() + ", rebirth requests " + host.rebirthRequests());
            }
            return new Result(counted / seconds, "metrics/s");
        }
    }

    private static TagMap tagMap(int nodes, int metrics) {
        List<TagMapping> mappings = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            for (int m = 1; m <= metrics; m++) {
                mappings.add(TagMapping.of(
                        SparkplugEdgeTraffic.GROUP + "/" + SparkplugEdgeTraffic.node(n) + ":"
                                + SparkplugEdgeTraffic.metric(m),
                        SparkplugEdgeTraffic.sensor(n, m),
                        Measurand.PRESSURE,
                        Unit.KILOPASCAL));
            }
        }
        return TagMap.of("bench-tags", mappings);
    }
}
