package org.headwater.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control room working its queue during a soak: each backflow alert not closed yet (open, or cleared when
 * the meter's alarm ended) is investigated once it has waited {@code resolveAfter}, and closed along EPA figure 6-1's shortest path (steps 1, 2, 3 "data review
 * shows it invalid", 8), as operators clear nuisance alarms. Without them the alerts waiting for an
 * investigation grow by one a second by design, and a growing heap could not tell a leak from that queue.
 */
final class SoakOperators implements AutoCloseable {

    private static final Duration ROUND = Duration.ofSeconds(5);
    private static final int OPERATORS = 4;
    // An alert's id, then (later in the same object) its state.
    private static final Pattern ALERT =
            Pattern.compile("\"id\":\"([^\"]+/BACKFLOW/[^\"]+)\".*?\"state\":\"([A-Z]+)\"");
    private static final Pattern INVESTIGATION_ID = Pattern.compile("\"id\":\"(inv-[^\"]+)\"");

    private final String baseUrl;
    private final String user;
    private final String password;
    private final Duration resolveAfter;
    private final Map<String, Long> firstSeen = new HashMap<>();
    private final AtomicLong closed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long waiting;
    private volatile String lastFailure = "";
    private volatile boolean stopping;
    private Thread rounds;

    SoakOperators(String baseUrl, String user, String password, Duration resolveAfter) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.resolveAfter = resolveAfter;
    }

    void start() {
        rounds = Thread.ofVirtual().name("soak-operators").start(this::work);
    }

    private void work() {
        try (SignedInSession session = SignedInSession.signIn(baseUrl, user, password)) {
            while (!stopping) {
                round(session);
                Thread.sleep(ROUND);
            }
        } catch (IOException e) {
            fail("sign-in: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round(SignedInSession session) throws InterruptedException {
        Set<String> waiting;
        try {
            waiting = openAlerts(session);
        } catch (IOException e) {
            fail("alert queue: " + e.getMessage());
            return;
        }
        this.waiting = waiting.size();
        long now = System.nanoTime();
        firstSeen.keySet().retainAll(waiting);
        List<String> due = new ArrayList<>();
        for (String alert : waiting) {
            long seen = firstSeen.computeIfAbsent(alert, a -> now);
            if (now - seen >= resolveAfter.toNanos()) {
                due.add(alert);
                firstSeen.remove(alert); // refused ones are not tried again each round
            }
        }
        // A few operators at once, so the queue keeps pace with one alarm a second on a loaded machine.
        try (ExecutorService desks = Executors.newFixedThreadPool(
                OPERATORS, Thread.ofVirtual().name("soak-operator-", 0).factory())) {
            for (String alert : due) {
                desks.submit(() -> closeCounted(session, alert));
            }
        }
    }

    private void closeCounted(SignedInSession session, String alert) {
        if (stopping) {
            return;
        }
        try {
            close(session, alert);
            closed.incrementAndGet();
        } catch (IOException e) {
            fail(alert + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Backflow alerts not closed yet: open, acknowledged, or cleared when the meter's alarm ended. */
    private static Set<String> openAlerts(SignedInSession session) throws IOException, InterruptedException {
        HttpResponse<String> queue = session.get("/api/v1/alerts?type=BACKFLOW&limit=1000");
        expectOk(queue, "the backflow alerts");
        Set<String> ids = new LinkedHashSet<>();
        Matcher alert = ALERT.matcher(queue.body());
        while (alert.find()) {
            if (!alert.group(2).equals("CLOSED")) {
                ids.add(alert.group(1));
            }
        }
        return ids;
    }

    private static void close(SignedInSession session, String alert) throws IOException, InterruptedException {
        HttpResponse<String> opened = session.post("/api/v1/investigations", "{\"alertId\":\"" + alert + "\"}");
        expectOk(opened, "opening an investigation");
        Matcher id = INVESTIGATION_ID.matcher(opened.body());
        if (!id.find()) {
            throw new IOException("opening an investigation answered no id: " + opened.body());
        }
        String steps = "/api/v1/investigations/" + id.group(1) + "/steps/";
        expectOk(session.post(steps + "REVIEW_DATA", "{}"), "step 2");
        expectOk(
                session.post(
                        steps + "CAN_DATA_REVIEW_DETERMINE_INVALID",
                        "{\"checklist\":[{\"item\":\"OTHER_BACKFLOW_ALERTS_IN_AREA\",\"finding\":\"NOT_FOUND\"}]}"),
                "step 3");
        expectOk(
                session.post(
                        steps + "CLOSE_AND_LOG",
                        "{\"cause\":\"WATER_HEATER_EXPANSION\",\"notes\":\"Thermal expansion; customer advised.\"}"),
                "step 8");
    }

    private static void expectOk(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new IOException(what + " answered HTTP " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    private void fail(String what) {
        failed.incrementAndGet();
        lastFailure = what;
    }

    /** "operators closed 120, 61 waiting, 0 refused" and the last refusal when there was one. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "operators closed %,d, %,d waiting, %d refused%s",
                closed.get(),
                waiting,
                failed.get(),
                failed.get() > 0 ? " (last: " + lastFailure + ")" : "");
    }

    long refused() {
        return failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        if (rounds != null) {
            rounds.join(Duration.ofSeconds(70));
            rounds.interrupt();
        }
    }
}
