package org.headwater.app.cmms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.headwater.app.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;

/**
 * A strict webhook receiver for the connector tests: checks the signature, the Idempotency-Key and the blueprint's
 * payload (no unknown fields, every required one present), keeps one record per key, and can fail or hold answers.
 */
final class WebhookReceiver implements AutoCloseable {

    static final Set<String> TOP = Set.of("work_order", "source", "timestamp", "event", "changed_fields", "reason");
    static final Set<String> EVENTS = Set.of("updated", "cancelled");
    static final Set<String> WORK_ORDER = Set.of(
            "id",
            "type",
            "title",
            "description",
            "priority",
            "asset_id",
            "location",
            "location_detail",
            "recommended_crew",
            "predicted_duration_hours",
            "attached_evidence",
            "checklist");
    static final Set<String> REQUIRED = Set.of(
            "id",
            "title",
            "description",
            "priority",
            "location",
            "recommended_crew",
            "predicted_duration_hours",
            "attached_evidence");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final WebhookSignature signature;
    private final Clock clock;
    private final Map<String, JsonNode> byKey = new LinkedHashMap<>();
    volatile int failWith;
    volatile Duration holdNextAccepted = Duration.ZERO;

    WebhookReceiver(String secret, Clock clock) throws IOException {
        this.signature = new WebhookSignature(secret);
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/orders", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/orders");
    }

    synchronized int records() {
        return byKey.size();
    }

    synchronized JsonNode record(String key) {
        return byKey.get(key);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failWith != 0) {
                answer(exchange, failWith, "{\"message\":\"receiver failing on purpose\"}");
                return;
            }
            try {
                signature.verify(
                        exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE),
                        body,
                        clock.instant(),
                        Duration.ofMinutes(5));
            } catch (WebhookSignature.Refused e) {
                answer(exchange, 401, "{\"message\":\"" + e.getMessage() + "\"}");
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || key.isBlank()) {
                answer(exchange, 400, "{\"message\":\"Idempotency-Key header is required\"}");
                return;
            }
            JsonNode payload = CmmsHttp.JSON.readTree(body);
            String problem = problem(payload);
            if (problem != null) {
                answer(exchange, 422, "{\"message\":\"" + problem + "\"}");
                return;
            }
            boolean created;
            String number;
            synchronized (this) {
                created = !byKey.containsKey(key);
                if (created) {
                    byKey.put(key, payload);
                }
                number = "CM-" + (java.util.List.copyOf(byKey.keySet()).indexOf(key) + 1);
            }
            if (created && !holdNextAccepted.isZero()) {
                Duration hold = holdNextAccepted;
                holdNextAccepted = Duration.ZERO;
                sleep(hold);
            }
            answer(exchange, created ? 201 : 200, "{\"cmms_number\":\"" + number + "\",\"status\":\"RECEIVED\"}");
        }
    }

    private static String problem(JsonNode payload) {
        for (String name : payload.propertyNames()) {
            if (!TOP.contains(name)) {
                return "unknown field " + name;
            }
        }
        if (payload.has("event") && !EVENTS.contains(payload.path("event").asString())) {
            return "unknown event " + payload.path("event");
        }
        if (payload.path("event").asString("").equals("cancelled")
                && payload.path("reason").asString("").isBlank()) {
            return "a cancelled event needs a reason";
        }
        JsonNode order = payload.path("work_order");
        for (String name : order.propertyNames()) {
            if (!WORK_ORDER.contains(name)) {
                return "unknown field work_order." + name;
            }
        }
        for (String name : REQUIRED) {
            if (!order.has(name)) {
                return "missing field work_order." + name;
            }
        }
        return payload.has("source") && payload.has("timestamp") ? null : "missing source or timestamp";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration hold) {
        try {
            Thread.sleep(hold);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
