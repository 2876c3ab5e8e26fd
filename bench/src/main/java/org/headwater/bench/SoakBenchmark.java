package org.headwater.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.headwater.store.EmbeddedDatabase;

/**
 * {@code bench soak}: the server jar under a steady MQTT rate ({@link PacedMeterTraffic}, one reverse-flow
 * alarm a second) while dashboard clients poll its API, SSE clients hold the alert stream open and
 * {@link SoakOperators} close the alerts as a control room would, so the active set stays bounded. Every
 * minute the server's heap after a full GC, RSS and open file descriptors are sampled; the figures are
 * their least-squares slopes per hour (flat means no leak) and the API's p99 latency.
 */
final class SoakBenchmark implements Benchmark {

    private static final String PASSWORD = "soak-bench-password";

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String lastLineForm() {
        return "soak minutes=<n> heap_slope_mb_per_h=<x> rss_slope_mb_per_h=<x> fd_slope_per_h=<x> api_p99_ms=<x>";
    }

    @Override
    public String description() {
        return "The server jar (--app-jar) for --minutes (60) at --rate MQTT msgs/s (2,000) over --meters (5,000),"
                + " polled by --clients (50) dashboard clients (--think-ms 1000 between calls) with --streams (200)"
                + " SSE alert streams open, and operators closing each backflow alert through an investigation"
                + " --resolve-after-s (120) after it was raised; samples heap after GC (least of three), RSS and"
                + " open fds every minute. Last line:"
                + " `soak minutes=<n> heap_slope_mb_per_h=<x> rss_slope_mb_per_h=<x> fd_slope_per_h=<x> api_p99_ms=<x>`";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args,
                List.of(
                        "--minutes",
                        "--rate",
                        "--meters",
                        "--clients",
                        "--streams",
                        "--think-ms",
                        "--app-jar",
                        "--broker",
                        "--resolve-after-s"));
        int minutes = (int) options.count("--minutes", 60);
        int rate = (int) options.count("--rate", 2_000);
        int meters = (int) options.count("--meters", 5_000);
        int clients = (int) options.count("--clients", 50);
        int streams = (int) options.count("--streams", 200);
        Duration think = Duration.ofMillis(options.count("--think-ms", 1_000));
        Duration resolveAfter = Duration.ofSeconds(options.count("--resolve-after-s", 120));
        if (minutes * 60L > meters) {
            throw new IllegalArgumentException("--meters must be at least --minutes x 60: each alarm (one a second)"
                    + " comes from a meter that has not alarmed yet");
        }
        Path appJar = ServerProcess.appJar(options);
        Path work = Files.createTempDirectory("headwater-soak");
        try (BenchBroker broker = BenchBroker.open(options, out);
                EmbeddedDatabase database = EmbeddedDatabase.start(null, 0);
                ServerProcess server = ServerProcess.start(
                        appJar,
                        work,
                        new ServerSettings(database.jdbcUrl(), PASSWORD, broker, "headwater-soak-server").yaml(work),
                        BenchMeters.network(work, meters),
                        out)) {
            out.printf(
                    Locale.ROOT,
                    "server up at %s (pid %d); %,d meters imported%n",
                    server.baseUrl(),
                    server.pid(),
                    meters);
            AtomicLong streamed = new AtomicLong();
            List<AlertStream> open = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                open.add(AlertStream.open(
                        server.baseUrl(), "admin", PASSWORD, (type, source) -> streamed.incrementAndGet()));
            }
            out.printf(Locale.ROOT, "%d alert streams open%n", open.size());
            List<String> someMeters = IntStream.range(0, Math.min(meters, 100))
                    .mapToObj(BenchMeters::meterId)
                    .toList();
            Map<String, Long> alarmedAt = new ConcurrentHashMap<>();
            Mqtt3AsyncClient client = MqttClient.builder()
                    .useMqttVersion3()
                    .identifier("headwater-bench-soak")
                    .serverHost(broker.host())
                    .serverPort(broker.port())
                    .buildAsync();
            client.connect().get(30, TimeUnit.SECONDS);
            PacedMeterTraffic traffic = new PacedMeterTraffic(
                    KnownTraffic.UTILITY,
                    rate,
                    meters,
                    1,
                    0,
                    minutes * 60,
                    alarmedAt,
                    () -> 0,
                    new PrintStream(OutputStream.nullOutputStream()));
            AtomicLong published = new AtomicLong();
            Thread publisher = Thread.ofPlatform()
                    .name("soak-publisher")
                    .start(() -> published.set(traffic.publishThrough(client)));
            ProcessSamples samples = new ProcessSamples(server.pid());
            DeliveryBacklogProbe detectors = new DeliveryBacklogProbe(server.baseUrl(), "admin", PASSWORD, "detectors");
            DeliveryBacklogProbe.Look behind = detectors.look();
            try (DashboardClients dashboards =
                            new DashboardClients(server.baseUrl(), "admin", PASSWORD, think, someMeters);
                    SoakOperators operators = new SoakOperators(server.baseUrl(), "admin", PASSWORD, resolveAfter)) {
                dashboards.start(clients);
                operators.start();
                long start = System.nanoTime();
                for (int minute = 0; minute <= minutes; minute++) {
                    long due = start + TimeUnit.MINUTES.toNanos(minute);
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                    ProcessSamples.Sample s = samples.take();
                    behind = detectors.look();
                    out.printf(
                            Locale.ROOT,
                            "%3d min: heap after GC %.1f MB, RSS %.1f MB, open fds %d; API calls %,d (errors %d);"
                                    + " alerts on the streams %,d; detectors %s; %s%n",
                            minute,
                            s.heapMb(),
                            s.rssMb(),
                            s.fds(),
                            dashboards.latencies().length,
                            dashboards.errors(),
                            streamed.get(),
                            behind.describe(),
                            operators.describe());
                }
                publisher.join(TimeUnit.MINUTES.toMillis(2));
                dashboards.close();
                operators.close();
                out.println(operators.describe());
                for (AlertStream stream : open) {
                    stream.close();
                }
                client.disconnect().get(10, TimeUnit.SECONDS);
                out.printf(
                        Locale.ROOT,
                        "detectors' backlog: at most %,d batches waiting; at the end %s%n",
                        detectors.maxWaiting(),
                        detectors.look().describe());
                return report(minutes, rate, published.get(), samples, dashboards, streamed.get(), streams, out);
            }
        } finally {
            BenchMeters.deleteQuietly(work);
        }
    }

    private static Result report(
            int minutes,
            int rate,
            long published,
            ProcessSamples samples,
            DashboardClients dashboards,
            long streamed,
            int streams,
            PrintStream out) {
        long[] latencies = dashboards.latencies();
        double p50 = millis(latencies, 0.50);
        double p99 = millis(latencies, 0.99);
        out.printf(
                Locale.ROOT,
                "MQTT: %,d messages published in %d min (%,.0f msgs/s of %,d asked); alerts received on %d streams: %,d%n",
                published,
                minutes,
                published / (minutes * 60.0),
                rate,
                streams,
                streamed);
        out.printf(
                Locale.ROOT,
                "API: %,d calls, p50 %.0f ms, p99 %.0f ms, max %.0f ms, errors %d%s%n",
                latencies.length,
                p50,
                p99,
                millis(latencies, 1.0),
                dashboards.errors(),
                dashboards.errors() > 0 ? " (last: " + dashboards.lastError() + ")" : "");
        out.printf(
                Locale.ROOT,
                "heap floor (least sample of each 10 minutes under load): slope %.1f MB/h%n",
                samples.heapFloorSlopePerHour(10));
        String line = String.format(
                Locale.ROOT,
                "soak minutes=%d heap_slope_mb_per_h=%.1f rss_slope_mb_per_h=%.1f fd_slope_per_h=%.1f api_p99_ms=%.0f",
                minutes,
                samples.heapSlopePerHour(),
                samples.rssSlopePerHour(),
                samples.fdSlopePerHour(),
                p99);
        return Result.line(line);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
