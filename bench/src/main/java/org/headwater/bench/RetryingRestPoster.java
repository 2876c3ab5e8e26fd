package org.headwater.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A headend pushing JSON batches to {@code POST /api/v1/ingest/reads} that must not lose one: a batch
 * is posted again after a pause until the server answers 200 (a refused connection while the server
 * restarts, or a 5xx while its database is down, is tried again). A batch the server refuses as bad
 * (4xx) is not retried and is counted: the bench's batches are all valid, so that is a finding.
 */
final class RetryingRestPoster implements AutoCloseable {

    private static final long RETRY_AFTER_MILLIS = 500;
    private static final String END = "";

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LinkedBlockingQueue<String> batches = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<String> lastRefusal = new AtomicReference<>("");

    RetryingRestPoster(String baseUrl, String user, String password, int workers) {
        this.baseUrl = baseUrl;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < workers; i++) {
            this.workers.add(
                    Thread.ofPlatform().daemon().name("rest-poster-" + i).start(this::work));
        }
    }

    /** Queues a JSON batch; it is posted by a worker, in order with the others of that worker. */
    void post(String json) {
        batches.add(json);
    }

    private void work() {
        try {
            for (String json = batches.take(); !json.equals(END); json = batches.take()) {
                postUntilAnswered(json);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void postUntilAnswered(String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/ingest/reads"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    accepted.incrementAndGet();
                    return;
                }
                if (response.statusCode() < 500) {
                    refused.incrementAndGet();
                    lastRefusal.set("HTTP " + response.statusCode() + " " + response.body());
                    return;
                }
            } catch (IOException e) {
                // The server is away (killed, restarting): try again below.
            }
            retried.incrementAndGet();
            Thread.sleep(RETRY_AFTER_MILLIS);
        }
    }

    /** Waits until every queued batch was answered, at most {@code timeout}; true when all were. */
    boolean drain(Duration timeout) throws InterruptedException {
        for (int i = 0; i < workers.size(); i++) {
            batches.add(END);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread worker : workers) {
            worker.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        return workers.stream().noneMatch(Thread::isAlive);
    }

    long accepted() {
        return accepted.get();
    }

    long retried() {
        return retried.get();
    }

    long refused() {
        return refused.get();
    }

    String lastRefusal() {
        return lastRefusal.get();
    }

    @Override
    public void close() {
        workers.forEach(Thread::interrupt);
        http.close();
        try {
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
