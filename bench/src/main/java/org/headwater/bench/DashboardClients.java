package org.headwater.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Operators with the dashboard open: each client signs in once through the sign-in form (session cookie,
 * as a browser does; Basic authentication would hash the password on every request) and then, one after
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
        CookieManager cookies = new CookieManager();
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            signIn(http, cookies);
            for (long call = client; !stopping; call++) {
                String path = endpoint(call);
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + path))
                                    .header("Accept", "application/json")
                                    .header("X-Requested-With", "XMLHttpRequest")
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
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

    private void signIn(HttpClient http, CookieManager cookies) throws IOException, InterruptedException {
        // The sign-in page sets the XSRF-TOKEN cookie; the form post sends it back in a header.
        http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IOException("the sign-in page set no XSRF-TOKEN cookie"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() >= 400 || location.contains("error")) {
            throw new IOException("sign-in refused: HTTP " + response.statusCode() + " " + location);
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
