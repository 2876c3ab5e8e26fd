package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.headwater.store.EmbeddedDatabase;

/**
 * {@code bench workorders}: approved work orders through the outbox into a Maximo-shaped CMMS. The server jar runs
 * as a process ({@code serve --config}) with the Maximo connector pointed at the simulated Maximo, itself run as
 * another process from the same jar (it enforces the documented shape: apikey, lean, properties, known fields,
 * lengths, unique numbers). The bench drafts {@code --orders} meter checks into the server's database, approves them
 * through the REST API's bulk approval at {@code --rate} a second, and reads from the server's history when each was
 * approved and acknowledged with Maximo's number. Throughput is the acknowledgement rate between the 10th and 90th
 * percentile of acknowledgement times; latency is approval to acknowledgement.
 */
final class WorkOrdersBenchmark implements Benchmark {

    private static final String PASSWORD = "workorders-bench-password";
    private static final String API_KEY = "workorders-bench-key";
    private static final Duration STALLED_AFTER = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "workorders";
    }

    @Override
    public String lastLineForm() {
        return "workorders <orders/s> orders/s";
    }

    @Override
    public String description() {
        return "Approves --orders (10,000) drafted meter checks through the REST API at --rate (1,500/s) on a server"
                + " jar (--app-jar) sending them with --parallelism (32) every --dispatch-every (PT0.05S) to a simulated"
                + " Maximo process; prints approval -> acknowledged latency p50/p99 and ends with"
                + " `workorders <orders/s> orders/s` (acknowledged per second, sustained)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args, List.of("--orders", "--rate", "--parallelism", "--dispatch-every", "--app-jar", "--broker"));
        int orders = (int) options.count("--orders", 10_000);
        int rate = (int) options.count("--rate", 1_500);
        int parallelism = (int) options.count("--parallelism", 32);
        Duration dispatchEvery = Duration.parse(options.text("--dispatch-every", "PT0.05S"));
        Path appJar = ServerProcess.appJar(options);
        Path work = Files.createTempDirectory("headwater-workorders");
        Measured measured = null;
        try {
            measured = measure(
                    ServerProcess.extracted(appJar, work, out),
                    work,
                    options,
                    orders,
                    rate,
                    parallelism,
                    dispatchEvery,
                    out);
            return measured.result();
        } finally {
            if (measured != null && measured.clean()) {
                BenchMeters.deleteQuietly(work);
            } else {
                out.println("kept for a look at what went wrong (server output, server.log): " + work);
            }
        }
    }

    /** The figure, and whether every order was acknowledged (else the work directory is kept). */
    private record Measured(Result result, boolean clean) {}

    private static Measured measure(
            Path extracted,
            Path work,
            BenchArgs options,
            int orders,
            int rate,
            int parallelism,
            Duration dispatchEvery,
            PrintStream out)
            throws Exception {
        try (SimulatedMaximoProcess maximo = SimulatedMaximoProcess.start(extracted, work, API_KEY);
                BenchBroker broker = BenchBroker.open(options, out);
                EmbeddedDatabase database = EmbeddedDatabase.start(null, 0)) {
            out.println("simulated Maximo at " + maximo.collection() + " (process " + maximo.pid() + ")");
            String yaml = new ServerSettings(database.jdbcUrl(), PASSWORD, broker, "headwater-workorders-server")
                    .maxPoolSize(24)
                    .headwaterLines(settings(maximo, parallelism, dispatchEvery))
                    .yaml(work);
            try (ServerProcess server =
                    ServerProcess.start(extracted, work, yaml, BenchMeters.network(work, 10), out)) {
                out.printf(
                        Locale.ROOT,
                        "server up at %s; drafting %,d orders awaiting approval...%n",
                        server.baseUrl(),
                        orders);
                WorkOrderQueue queue = WorkOrderQueue.seed(database.dataSource(), orders, out);
                out.printf(
                        Locale.ROOT,
                        "approving %,d orders at %,d/s (parallelism %d, a pass every %s)%n",
                        queue.size(),
                        rate,
                        parallelism,
                        dispatchEvery);
                queue.approve(server.baseUrl(), "admin", PASSWORD, rate, () -> acknowledged(database), out);
                WorkOrderTimings timings = settle(database, queue.size(), out);
                String counts = maximo.stopAndCount();
                Result result = report(timings, queue.size(), counts, out);
                boolean clean = timings.acknowledged() == queue.size();
                if (!clean) {
                    out.println("the server's last output:\n" + server.lastOutput());
                }
                return new Measured(result, clean);
            }
        }
    }

    /** Maximo as the CMMS; status sync hourly, so the figure is the sending side's alone. */
    private static String settings(SimulatedMaximoProcess maximo, int parallelism, Duration dispatchEvery) {
        return """
                work-orders:
                  approver-roles:
                    METER_CHECK: ADMINISTRATOR
                cmms:
                  kind: maximo
                  url: %s
                  api-key: %s
                  site-id: BENCH
                  org-id: BENCH
                  dispatch-every: %s
                  sync-every: PT1H
                  parallelism: %d
                """.formatted(maximo.collection(), API_KEY, dispatchEvery, parallelism);
    }

    private static int acknowledged(EmbeddedDatabase database) {
        try {
            return WorkOrderTimings.acknowledged(database.dataSource());
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    /** Waits until every order is acknowledged, or until the count stood still for {@link #STALLED_AFTER}. */
    private static WorkOrderTimings settle(EmbeddedDatabase database, int orders, PrintStream out) throws Exception {
        int last = -1;
        long movedAt = System.nanoTime();
        while (true) {
            int now = WorkOrderTimings.acknowledged(database.dataSource());
            if (now >= orders) {
                return WorkOrderTimings.read(database.dataSource());
            }
            if (now != last) {
                out.printf(Locale.ROOT, "  acknowledged %,d of %,d%n", now, orders);
                last = now;
                movedAt = System.nanoTime();
            } else if (System.nanoTime() - movedAt > STALLED_AFTER.toNanos()) {
                out.printf(
                        Locale.ROOT,
                        "  no acknowledgement for %d s: counting what arrived%n",
                        STALLED_AFTER.toSeconds());
                return WorkOrderTimings.read(database.dataSource());
            }
            Thread.sleep(1_000);
        }
    }

    private static Result report(WorkOrderTimings timings, int orders, String maximoCounts, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "approved %,d of %,d (%.0f/s held); acknowledged %,d; %s%n",
                timings.approved(),
                orders,
                timings.approvedPerSecond(),
                timings.acknowledged(),
                maximoCounts);
        out.printf(
                Locale.ROOT,
                "approval -> acknowledged: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                timings.latencyMillis(0.50),
                timings.latencyMillis(0.99),
                timings.latencyMillis(1.0));
        double sustained = timings.sustainedPerSecond();
        out.printf(
                Locale.ROOT,
                "acknowledged per second, sustained (10th to 90th percentile): %.0f (goal 1,000): %s%n",
                sustained,
                sustained >= 1_000 ? "met" : "not met");
        if (timings.acknowledged() < orders) {
            out.println("note: not every order was acknowledged; the run is not clean");
        }
        return new Result(sustained, "orders/s", "workorders " + BenchMain.format(sustained) + " orders/s");
    }
}
