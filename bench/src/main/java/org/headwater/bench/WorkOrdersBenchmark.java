package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.headwater.store.EmbeddedDatabase;

/**
 * {@code bench workorders}: approved work orders through the outbox into a Maximo-shaped CMMS. The server jar runs
 * as a process ({@code serve --config}) with the Maximo connector pointed at the simulated Maximo, itself run as
 * another process from the same jar (it enforces the documented shape: apikey, lean, properties, known fields,
 * lengths, unique numbers, one record per externalrefid looked up before each create). The bench drafts meter checks
 * into the server's database, then, timed from the server's own order history:
 *
 * <ol>
 *   <li><b>paced:</b> {@code --paced} orders approved through the REST API's bulk approval at {@code --rate} a
 *       second: approval to acknowledged latency, p50 and p99, with the outbox not saturated;
 *   <li><b>burst:</b> {@code --orders} orders approved at once in one transaction: the outbox drains them, and the
 *       acknowledgement rate between the 10th and 90th percentile of acknowledgement times is the sustained
 *       throughput, the figure of the last line.
 * </ol>
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
        return "Sends approved meter checks through the outbox of a server jar (--app-jar; --parallelism 32 at once, a"
                + " pass every --dispatch-every PT0.05S) to a simulated Maximo process: --paced (300) approved through"
                + " the REST API at --rate (20/s) for approval -> acknowledged latency p50/p99, then --orders (10,000)"
                + " approved at once; ends with `workorders <orders/s> orders/s` (acknowledged per second, sustained)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args,
                List.of("--orders", "--paced", "--rate", "--parallelism", "--dispatch-every", "--app-jar", "--broker"));
        Path appJar = ServerProcess.appJar(options);
        Path work = Files.createTempDirectory("headwater-workorders");
        Measured measured = null;
        try {
            measured = measure(ServerProcess.extracted(appJar, work, out), work, options, out);
            return measured.result();
        } finally {
            if (measured != null && measured.clean()) {
                BenchMeters.deleteQuietly(work);
            } else {
                out.println("kept for a look at what went wrong (server output, server.log): " + work);
            }
        }
    }

    /** The figure, and whether every order was acknowledged exactly once (else the work directory is kept). */
    private record Measured(Result result, boolean clean) {}

    private static Measured measure(Path extracted, Path work, BenchArgs options, PrintStream out) throws Exception {
        int orders = (int) options.count("--orders", 10_000);
        int paced = (int) options.count("--paced", 300);
        int rate = (int) options.count("--rate", 20);
        int parallelism = (int) options.count("--parallelism", 32);
        Duration dispatchEvery = Duration.parse(options.text("--dispatch-every", "PT0.05S"));
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
                DataSource db = database.dataSource();
                WorkOrderQueue[] queues =
                        WorkOrderQueue.seed(db, paced + orders).split(paced);
                out.printf(
                        Locale.ROOT,
                        "server up at %s; %,d orders awaiting approval; parallelism %d, a pass every" + " %s%n",
                        server.baseUrl(),
                        paced + orders,
                        parallelism,
                        dispatchEvery);
                out.printf(Locale.ROOT, "paced: approving %,d orders through the REST API at %,d/s%n", paced, rate);
                WorkOrderQueue pacedQueue = queues[0];
                pacedQueue.approve(
                        server.baseUrl(), "admin", PASSWORD, rate, () -> acknowledged(db, pacedQueue.ids()), out);
                WorkOrderTimings pacedTimings = settle(db, pacedQueue.ids(), out);
                out.printf(Locale.ROOT, "burst: approving %,d orders at once%n", orders);
                queues[1].approveAtOnce("admin");
                WorkOrderTimings burst = settle(db, queues[1].ids(), out);
                String counts = maximo.stopAndCount();
                Result result = report(pacedTimings, burst, paced, orders, counts, out);
                boolean clean = pacedTimings.acknowledged() == paced
                        && burst.acknowledged() == orders
                        && counts.contains("records=" + (paced + orders) + " duplicates=0 ");
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

    private static int acknowledged(DataSource database, List<String> ids) {
        try {
            return WorkOrderTimings.acknowledged(database, ids);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    /** Waits until these orders are acknowledged, or until the count stood still for {@link #STALLED_AFTER}. */
    private static WorkOrderTimings settle(DataSource database, List<String> ids, PrintStream out) throws Exception {
        int last = -1;
        long movedAt = System.nanoTime();
        long start = System.nanoTime();
        while (true) {
            int now = WorkOrderTimings.acknowledged(database, ids);
            if (now >= ids.size()) {
                return WorkOrderTimings.read(database, ids);
            }
            if (now != last) {
                out.printf(
                        Locale.ROOT,
                        "  %5.1f s: acknowledged %,d of %,d%n",
                        (System.nanoTime() - start) / 1e9,
                        now,
                        ids.size());
                last = now;
                movedAt = System.nanoTime();
            } else if (System.nanoTime() - movedAt > STALLED_AFTER.toNanos()) {
                out.printf(
                        Locale.ROOT,
                        "  no acknowledgement for %d s: counting what arrived%n",
                        STALLED_AFTER.toSeconds());
                return WorkOrderTimings.read(database, ids);
            }
            Thread.sleep(1_000);
        }
    }

    private static Result report(
            WorkOrderTimings paced,
            WorkOrderTimings burst,
            int pacedOrders,
            int orders,
            String counts,
            PrintStream out) {
        out.printf(
                Locale.ROOT,
                "paced: approved %,d of %,d (%.0f/s held), acknowledged %,d; approval -> acknowledged"
                        + " p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                paced.approved(),
                pacedOrders,
                paced.approvedPerSecond(),
                paced.acknowledged(),
                paced.latencyMillis(0.50),
                paced.latencyMillis(0.99),
                paced.latencyMillis(1.0));
        out.printf(
                Locale.ROOT,
                "burst: approved %,d of %,d at once, acknowledged %,d; approval -> acknowledged"
                        + " p50 %.0f ms, p99 %.0f ms (waiting behind the burst)%n",
                burst.approved(),
                orders,
                burst.acknowledged(),
                burst.latencyMillis(0.50),
                burst.latencyMillis(0.99));
        out.println(counts);
        double sustained = burst.sustainedPerSecond();
        out.printf(
                Locale.ROOT,
                "acknowledged per second, sustained (10th to 90th percentile of the burst): %.0f"
                        + " (goal 1,000): %s%n",
                sustained,
                sustained >= 1_000 ? "met" : "not met");
        if (paced.acknowledged() < pacedOrders || burst.acknowledged() < orders) {
            out.println("note: not every order was acknowledged; the run is not clean");
        }
        return new Result(sustained, "orders/s", "workorders " + BenchMain.format(sustained) + " orders/s");
    }
}
