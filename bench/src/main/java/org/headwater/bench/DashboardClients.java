package org.headwater.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Operators with the dashboard open: each client signs in once ({@link SignedInSession}) and then, one after
 * another with {@code thinkTime} in between, calls the endpoints the overview, alerts, incidents, map and
 * meter pages poll. Every call's latency is kept; a call that fails or answers other than 200 is an error.
 */
final class DashboardClients implements AutoCloseable {

    private final String baseUrl;
    private final String user;
    private final String password;
    private final Duration thinkTime;
    private final List<String> meters;
    private final List<Thread> clients = new ArrayList<>();
    private final List<Long> latencies = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private volatile String lastErrorText = "";
    private volatile boolean stopping;

    DashboardClients(String baseUrl, String user, String password, Duration thinkTime, List<String> meters) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.thinkTime = thinkTime;
        this.meters = meters;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            int client = i;
            clients.add(Thread.ofVirtual().name("dashboard-" + i).start(() -> poll(client)));
        }
    }

    private void poll(int client) {
        try (SignedInSession session = SignedInSession.signIn(baseUrl, user, password)) {
            for (long call = client; !stopping; call++) {
                String path = endpoint(call);
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> response = session.poll(path);
                    record(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        error(path + " answered HTTP " + response.statusCode());
                    }
                } catch (IOException e) {
                    error(path + ": " + e);
                }
                Thread.sleep(thinkTime);
            }
        } catch (IOException e) {
            error("sign-in: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The dashboard pages' polls, in turn: overview, alerts and incidents, map, a meter's page. */
    private String endpoint(long call) {
        String meter = meters.get((int) (call % meters.size()));
        String weekAgo = Instant.now().minus(Duration.ofDays(7)).toString();
        List<String> paths = List.of(
                "/api/v1/overview/alerts-per-day?days=14",
                "/api/v1/overview/consumption?days=7&bucket=hour",
                "/api/v1/alerts?from=" + weekAgo + "&limit=1000",
                "/api/v1/alerts?type=NON_REPORTING&state=OPEN&limit=1000",
                "/api/v1/alerts?state=OPEN&limit=1000",
                "/api/v1/incidents?limit=200",
                "/api/v1/map/network",
                "/api/v1/map/meters",
                "/api/v1/meters/" + meter,
                "/api/v1/alerts?source=" + meter + "&limit=500",
                "/api/v1/meters/" + meter + "/reads",
                "/api/v1/meters/" + meter + "/events");
        return paths.get((int) (call % paths.size()));
    }

    private synchronized void record(long nanos) {
        latencies.add(nanos);
    }

    private void error(String what) {
        errors.incrementAndGet();
        lastErrorText = what;
    }

    synchronized long[] latencies() {
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    long errors() {
        return errors.get();
    }

    String lastError() {
        return lastErrorText;
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        // One call in progress (at most its 60 s timeout) each, waited for together, then cut off.
        long deadline = System.nanoTime() + Duration.ofSeconds(70).toNanos();
        for (Thread client : clients) {
            client.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            client.interrupt();
        }
    }
}
