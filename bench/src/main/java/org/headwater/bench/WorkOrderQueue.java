package org.headwater.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
 * The approval queue the bench works through: meter checks (one per premise, each from a continuous-leak alert)
 * drafted into the server's database and waiting for approval. One order is stored through the work-order store and
 * copied in SQL for the rest, so a queue of tens of thousands is ready in seconds. Orders are then approved either
 * all at once in one transaction (a burst: what the outbox can drain) or through the REST API's bulk approval at a
 * steady pace (what a person clearing the queue sees).
 */
final class WorkOrderQueue {

    private final DataSource database;
    private final List<String> ids;

    private WorkOrderQueue(DataSource database, List<String> ids) {
        this.database = database;
        this.ids = List.copyOf(ids);
    }

    /** Drafts {@code count} orders awaiting approval (version 2, history: drafted, submitted). */
    static WorkOrderQueue seed(DataSource database, int count) throws SQLException {
        WorkOrders orders = new PostgresWorkOrders(database);
        String template = draft(orders, Instant.now());
        List<String> ids = new ArrayList<>(List.of(template));
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            List<String> columns = columns(c, "work_order");
            String copied = String.join(
                    ", ",
                    columns.stream()
                            .map(col -> switch (col) {
                                case "id" -> "'WO-' || lpad(nextval('work_order_number')::text, 6, '0')";
                                case "problem" -> "'premise:PR-B' || g";
                                case "asset_id" -> "'M-B' || g";
                                case "title" ->
                                    "'Check meter M-B' || g || ' at PR-B' || g || ': continuous use for 3 days'";
                                default -> "t." + col;
                            })
                            .toList());
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO work_order (" + String.join(", ", columns) + ") SELECT " + copied
                            + " FROM work_order t, generate_series(1, ?) g WHERE t.id = ? RETURNING id")) {
                insert.setInt(1, count - 1);
                insert.setString(2, template);
                try (ResultSet r = insert.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            try (PreparedStatement history = c.prepareStatement("INSERT INTO work_order_event"
                    + " SELECT o.id, e.version, e.at, e.actor, e.from_status, e.to_status, e.note, e.change_fields,"
                    + " e.change_before, e.change_after FROM work_order o, work_order_event e"
                    + " WHERE e.order_id = ? AND o.id = ANY (?)")) {
                history.setString(1, template);
                history.setArray(
                        2, c.createArrayOf("text", ids.subList(1, ids.size()).toArray()));
                history.executeUpdate();
            }
            c.commit();
        }
        return new WorkOrderQueue(database, ids);
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
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

    /** Splits off the first {@code count} orders as a queue of their own; this one keeps the rest. */
    WorkOrderQueue[] split(int count) {
        int at = Math.min(count, ids.size());
        return new WorkOrderQueue[] {
            new WorkOrderQueue(database, ids.subList(0, at)), new WorkOrderQueue(database, ids.subList(at, ids.size()))
        };
    }

    /**
     * Approves every order of this queue in one transaction, as the approval step would leave them (status
     * APPROVED, version 3, decided by {@code user}, one history entry each), so the outbox finds them all at once.
     */
    void approveAtOnce(String user) throws SQLException {
        String sql = "WITH approved AS (UPDATE work_order SET status = 'APPROVED', version = version + 1,"
                + " decided_by = ?, updated_at = now() WHERE id = ANY (?) AND status = 'AWAITING_APPROVAL'"
                + " RETURNING id, version, updated_at)"
                + " INSERT INTO work_order_event SELECT id, version, updated_at, ?, 'AWAITING_APPROVAL', 'APPROVED',"
                + " 'approved', '{}', '{}', '{}' FROM approved";
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, user);
            s.setArray(2, c.createArrayOf("text", ids.toArray()));
            s.setString(3, user);
            s.executeUpdate();
        }
    }

    int size() {
        return ids.size();
    }

    List<String> ids() {
        return ids;
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
        // the session cookie spares each request a password hash check, as a signed-in browser is spared it
        try (HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .build()) {
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
