package org.headwater.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.headwater.network.Location;
import org.headwater.store.PostgresWorkOrders;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkEvidence;
import org.headwater.workorder.WorkLocation;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.headwater.workorder.WorkPriority;
import org.headwater.workorder.WorkSource;

/**
 * The approval queue the bench works through: meter checks drafted straight into the server's database (one per
 * premise, each from a continuous-leak alert) and waiting for approval, then approved through the REST API's bulk
 * approval at a steady pace, as a person clearing the queue would, only faster.
 */
final class WorkOrderQueue {

    private final List<String> ids;

    private WorkOrderQueue(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    /** Drafts {@code count} orders awaiting approval (version 2), on a few threads. */
    static WorkOrderQueue seed(DataSource database, int count, PrintStream out) throws Exception {
        WorkOrders orders = new PostgresWorkOrders(database);
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            List<Future<String>> drafted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                drafted.add(threads.submit(() -> {
                    String id = draft(orders, now);
                    if (done.incrementAndGet() % 2_000 == 0) {
                        out.printf(Locale.ROOT, "  %,d orders drafted%n", done.get());
                    }
                    return id;
                }));
            }
            for (Future<String> id : drafted) {
                ids.add(id.get());
            }
        }
        return new WorkOrderQueue(ids);
    }

    private static String draft(WorkOrders orders, Instant at) {
        String id = orders.nextId();
        String premise = "PR-" + id.substring(3);
        String meter = "M-" + id.substring(3);
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.METER_CHECK,
                "Check meter " + meter + " at " + premise + ": continuous use for 3 days",
                "Continuous flow on the customer side since Monday night; check the meter and look for a leak.",
                WorkPriority.MEDIUM,
                meter,
                new WorkLocation(premise + " Bench Street", Location.wgs84(-77.03, 38.9), "Z1"),
                "METER",
                1.0,
                List.of("Read the register", "Watch the leak indicator for 10 minutes"),
                WorkEvidence.ofAlerts(List.of(meter + "/CONTINUOUS_LEAK/" + at), List.of()));
        WorkOrder draft =
                WorkOrder.draft(id, content, WorkSource.rule("customer-leak", "1"), ProblemKey.premise(premise), at);
        orders.create(draft, WorkOrderEvent.of(null, draft, "system:bench", "drafted"));
        WorkOrder waiting = draft.submitForApproval(at);
        orders.update(waiting, WorkOrderEvent.of(draft, waiting, "system:bench", "submitted"));
        return id;
    }

    int size() {
        return ids.size();
    }

    /**
     * Approves every order through {@code POST /api/v1/work-orders/approve-all}, {@code perSecond} a second in ten
     * batches a second, printing progress (acknowledged so far from {@code acknowledged}) every second.
     *
     * Answers that refused anything are printed, up to five; the database tells afterwards what was approved.
     */
    void approve(String baseUrl, String user, String password, int perSecond, IntSupplier acknowledged, PrintStream out)
            throws IOException, InterruptedException {
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int batch = Math.max(1, perSecond / 10);
        int refusals = 0;
        long start = System.nanoTime();
        long nextReport = start;
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (int from = 0, n = 0; from < ids.size(); from += batch, n++) {
                // paced from the start, so a slow batch is caught up rather than the pace drifting
                long due = start + n * 100_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                List<String> slice = ids.subList(from, Math.min(ids.size(), from + batch));
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/work-orders/approve-all"))
                                .timeout(Duration.ofMinutes(2))
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body(slice)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if ((answer.statusCode() != 200 || !answer.body().contains("\"refused\":{}")) && refusals++ < 5) {
                    out.println("approval refused: HTTP " + answer.statusCode() + " " + shorten(answer.body()));
                }
                if (System.nanoTime() >= nextReport) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    out.printf(
                            Locale.ROOT,
                            "  %5.1f s: approved %,d, acknowledged %,d%n",
                            seconds,
                            from + slice.size(),
                            acknowledged.getAsInt());
                    nextReport += 1_000_000_000L;
                }
            }
        }
    }

    private static String body(List<String> slice) {
        StringBuilder json = new StringBuilder("{\"orders\":{");
        for (int i = 0; i < slice.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(slice.get(i)).append("\":2");
        }
        return json.append("}}").toString();
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
