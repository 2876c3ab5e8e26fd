package org.headwater.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.ingest.reads.BatchingTelemetrySink;
import org.headwater.ingest.reads.MqttReadingsSubscriber;
import org.headwater.ingest.reads.MqttSubscriberSettings;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.reads.ReadPayloadParser;
import org.headwater.network.MeterSpec;
import org.headwater.store.Migrations;
import org.headwater.store.PostgresReadings;
import org.headwater.store.PostgresTelemetrySink;
import org.headwater.telemetry.InMemoryMeterDirectory;

/**
 * {@code ingest-mqtt [--seconds N] [--publishers N] [--in-flight N] [--subscribers N] [--batch N] [--writers N]
 * [--broker mosquitto|moquette|tcp://host:port] [--fsync off] [--jdbc-url URL]}: meters publish one
 * JSON interval read per message (QoS 1) as fast as the broker takes them for the window;
 * {@link MqttReadingsSubscriber}s (several sessions sharing one subscription when the broker
 * supports it) parse and validate each, a {@link BatchingTelemetrySink} gathers them, {@link
 * PostgresTelemetrySink} (the sink the server runs) stores them in PostgreSQL, and only then is each message acknowledged to the
 * broker, as the server does. After the window the run waits for the store to catch up and counts
 * the reading table: every message the broker acknowledged must be stored, or no figure is printed.
 */
final class IngestMqttBenchmark implements Benchmark {

    private static final Duration MAX_BATCH_AGE = Duration.ofMillis(200);
    private static final Duration MAX_BATCH_IDLE = Duration.ofMillis(5);
    private static final String SHARE_GROUP = "$share/headwater-bench/";
    private static final Duration CATCH_UP_STALL = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "ingest-mqtt";
    }

    @Override
    public String description() {
        return "MQTT JSON reads end to end into PostgreSQL, msgs/s (args: [--seconds N] [--publishers N] [--in-flight N]"
                + " [--subscribers N] [--batch N] [--writers N] [--broker mosquitto|moquette|tcp://host:port] [--fsync off]"
                + " [--jdbc-url URL])";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args,
                List.of(
                        "--seconds",
                        "--publishers",
                        "--in-flight",
                        "--subscribers",
                        "--batch",
                        "--writers",
                        "--broker",
                        "--fsync",
                        "--jdbc-url"));
        Duration window = Duration.ofSeconds(options.count("--seconds", 60));
        int publisherThreads = (int) options.count("--publishers", 4);
        int inFlight = (int) options.count("--in-flight", 50);
        int batch = (int) options.count("--batch", 20_000);
        int writers = (int) options.count("--writers", 2);
        try (BenchDatabase database = BenchDatabase.open(options, out);
                BenchBroker broker = BenchBroker.open(options, out)) {
            int subscriberCount = (int) options.count("--subscribers", broker.sharedSubscriptions() ? 2 : 1);
            if (subscriberCount > 1 && !broker.sharedSubscriptions()) {
                throw new IllegalArgumentException(
                        "--subscribers " + subscriberCount + " needs shared subscriptions, which Moquette lacks");
            }
            Migrations.apply(database.dataSource());
            PostgresReadings readings = new PostgresReadings(database.dataSource());
            if (readings.count() != 0) {
                throw new IllegalArgumentException(
                        "the reading table is not empty; point --jdbc-url at an empty database");
            }
            // The server's own sink: readings, alarms, quarantine and the batch's delivery event in
            // one transaction; no consumer is subscribed here, so the bench measures ingestion alone.
            CountingStore stored = new CountingStore(
                    new PostgresTelemetrySink(database.dataSource(), topic -> List.of(), counts -> {}));
            BatchingTelemetrySink batching =
                    new BatchingTelemetrySink(stored, batch, MAX_BATCH_AGE, MAX_BATCH_IDLE, writers, 4);
            ReadIntake intake = ReadIntake.withDefaults(directory(), Clock.systemUTC());
            List<MqttReadingsSubscriber> subscribers = new ArrayList<>();
            for (int s = 0; s < subscriberCount; s++) {
                subscribers.add(MqttReadingsSubscriber.storingInBatches(
                        new MqttSubscriberSettings(
                                broker.host(),
                                broker.port(),
                                "headwater-bench-" + ProcessHandle.current().pid() + "-" + s,
                                (subscriberCount > 1 ? SHARE_GROUP : "") + MqttSubscriberSettings.DEFAULT_TOPIC_FILTER,
                                null,
                                null,
                                ReadPayloadParser.DEFAULT_MAX_PAYLOAD_BYTES),
                        intake,
                        batching,
                        Clock.systemUTC()));
            }
            subscribers.forEach(MqttReadingsSubscriber::start);
            out.printf(
                    Locale.ROOT,
                    "%d publisher threads (%d in flight each, at most %,d published but not stored), QoS 1,"
                            + " one read per message, for %d s; %d subscriber session(s) acknowledging after the store;"
                            + " store batches of %,d on %d writers%n",
                    publisherThreads,
                    inFlight,
                    MeterPublishers.MAX_BACKLOG,
                    window.toSeconds(),
                    subscriberCount,
                    batch,
                    writers);

            MeterPublishers publishers =
                    new MeterPublishers(broker.host(), broker.port(), publisherThreads, inFlight, stored::readings);
            long start = System.nanoTime();
            publishers.start();
            long windowEnd = start + window.toNanos();
            while (System.nanoTime() < windowEnd) {
                Thread.sleep(Math.min(5_000, Math.max(1, (windowEnd - System.nanoTime()) / 1_000_000)));
                progress(out, start, publishers.published(), stored.readings());
            }
            double windowSeconds = (System.nanoTime() - start) / 1e9;
            long storedInWindow = stored.readings();
            long published = publishers.stop();
            out.printf(
                    Locale.ROOT,
                    "window: %,d published (%,.0f/s), %,d stored (%,.0f/s), %,d publish failures, %,d unconfirmed%n",
                    published,
                    published / windowSeconds,
                    storedInWindow,
                    storedInWindow / windowSeconds,
                    publishers.failures(),
                    publishers.unconfirmed());

            stored.awaitCatchUp(published, CATCH_UP_STALL, out);
            subscribers.forEach(MqttReadingsSubscriber::pause);
            batching.close();
            subscribers.forEach(MqttReadingsSubscriber::close);
            // after close: the last gathered batch is stored by then
            double seconds = (stored.lastDeliveryNanos() - start) / 1e9;
            long counted = readings.count();
            long lost = Math.max(0, published - counted);
            out.printf(
                    Locale.ROOT,
                    "store holds %,d of %,d published (lost %,d, quarantined %,d, subscriber sink failures %d);"
                            + " all stored %.1f s after the first publish%n",
                    counted,
                    published,
                    lost,
                    stored.rejected(),
                    subscribers.stream()
                            .mapToLong(MqttReadingsSubscriber::sinkFailures)
                            .sum(),
                    seconds);
            // Unconfirmed messages may or may not have reached the broker, so they may or may not be stored.
            if (lost != 0 || stored.rejected() != 0 || counted > published + publishers.unconfirmed()) {
                throw new IllegalStateException("lost " + lost + " and quarantined " + stored.rejected() + " of "
                        + published + " messages; store holds " + counted);
            }
            return new Result(published / seconds, "msgs/s");
        }
    }

    private static void progress(PrintStream out, long start, long published, long stored) {
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "  %5.1f s: %,d published (%,.0f/s), %,d stored (%,.0f/s)%n",
                seconds,
                published,
                published / seconds,
                stored,
                stored / seconds);
    }

    private static InMemoryMeterDirectory directory() {
        InMemoryMeterDirectory directory = new InMemoryMeterDirectory();
        for (int m = 0; m < SyntheticMeters.COUNT; m++) {
            directory.putMeter(SyntheticMeters.meterId(m), MeterSpec.residentialDefault());
        }
        return directory;
    }
}
