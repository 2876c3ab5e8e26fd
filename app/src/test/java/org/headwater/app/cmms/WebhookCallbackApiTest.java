package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A CMMS behind the generic webhook reports status over HTTP: the running server verifies each callback's
 * signature, applies it to the order through the lifecycle table at once and answers what came of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookCallbackApiTest {

    static final String SECRET = "callback-test-secret";
    static final String PATH = "/api/v1/work-orders/callbacks/webhook";

    @TempDir
    static Path dataDirectory;

    static WebhookReceiver receiver;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        receiver = new WebhookReceiver(SECRET, Clock.systemUTC());
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> "a-long-test-password");
        registry.add("headwater.cmms.kind", () -> "webhook");
        registry.add("headwater.cmms.url", () -> receiver.url().toString());
        registry.add("headwater.cmms.secret", () -> SECRET);
        registry.add("headwater.cmms.dispatch-every", () -> "PT0.2S");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    WorkOrders orders;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    /** An order a person approved, sent by the outbox and acknowledged by the receiver. */
    private WorkOrder acknowledged() {
        WorkOrder approved = ApprovedWorkOrders.stored(orders, Instant.now());
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> orders.find(approved.id()).orElseThrow(),
                        order -> order.status() == WorkOrderStatus.ACKNOWLEDGED);
    }

    @Test
    void aSignedCallbackMovesTheOrderOnceAndKeepsTheCrewsEarlierNotes() throws Exception {
        WorkOrder order = acknowledged();
        String started = callback(order.id(), "IN_PROGRESS", "valve box under asphalt");

        HttpResponse<String> first = post(started, true);
        HttpResponse<String> replay = post(started, true);
        HttpResponse<String> completed = post(callback(order.id(), "COMPLETED", null), true);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"outcome\":\"applied\"").contains("\"status\":\"IN_PROGRESS\"");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("\"outcome\":\"unchanged\"");
        assertThat(completed.statusCode()).isEqualTo(200);
        WorkOrder now = orders.find(order.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(now.closeOutNotes()).isEqualTo("valve box under asphalt");
        assertThat(audit.page(0, 1000))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_SYNCED
                        && e.subject().equals(order.id()))
                .extracting(e -> e.details().get("cmmsStatus"))
                .containsExactly("IN_PROGRESS", "COMPLETED");
    }

    @Test
    void anOlderStatusAfterANewerOneIsAConflictNamingBoth() throws Exception {
        WorkOrder order = acknowledged();
        post(callback(order.id(), "COMPLETED", "done"), true);

        HttpResponse<String> stale = post(callback(order.id(), "IN_PROGRESS", null), true);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("already COMPLETED")
                .contains("\"current\":\"COMPLETED\"")
                .contains("\"reported\":\"IN_PROGRESS\"");
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.COMPLETED);
    }

    @Test
    void anUnknownOrderIsNotFoundAndBadInputNamesTheFieldOrHeader() throws Exception {
        HttpResponse<String> unknown = post(callback("WO-424242", "COMPLETED", null), true);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("work_order_id").contains("WO-424242");

        HttpResponse<String> unmapped = post(callback("WO-424242", "ON_HOLD", null), true);
        assertThat(unmapped.statusCode()).isEqualTo(400);
        assertThat(unmapped.body()).contains("\"field\":\"status\"").contains("ON_HOLD");

        HttpResponse<String> malformed = post("{\"work_order_id\":\"WO-1\",\"status\":\"COMPLETED\"}", true);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"cmms_number\"");

        HttpResponse<String> notes = post(
                "{\"work_order_id\":\"WO-1\",\"cmms_number\":\"CM-1\",\"status\":\"COMPLETED\","
                        + "\"changed_at\":\"2026-01-01T00:00:00Z\",\"notes\":42}",
                true);
        assertThat(notes.statusCode()).isEqualTo(400);
        assertThat(notes.body()).contains("\"field\":\"notes\"");
    }

    @Test
    void anUnsignedOrWronglySignedCallbackIsRefusedWithoutASessionOrCsrfToken() throws Exception {
        WorkOrder order = acknowledged();
        String body = callback(order.id(), "CLOSED", "closed by an impostor");

        HttpResponse<String> unsigned = post(body, false);
        HttpResponse<String> wrong = send(
                body,
                List.of(
                        WebhookSignature.TIMESTAMP,
                        timestamp(),
                        WebhookSignature.SIGNATURE,
                        "sha256=" + "0".repeat(64)));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).contains(WebhookSignature.TIMESTAMP + ": missing");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrong.body()).contains(WebhookSignature.SIGNATURE);
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
    }

    @Test
    void otherWorkOrderDecisionsStillNeedASignedInUserAndTheCsrfToken() throws Exception {
        WorkOrder order = acknowledged();
        HttpRequest cancel = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/work-orders/" + order.id() + "/cancel"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":1,\"reason\":\"x\"}"))
                .build();

        int status = http.send(cancel, HttpResponse.BodyHandlers.ofString()).statusCode();

        assertThat(status).as("refused by the CSRF check before authorisation").isEqualTo(403);
    }

    private HttpResponse<String> post(String body, boolean signed) throws IOException, InterruptedException {
        if (!signed) {
            return send(body, List.of());
        }
        String timestamp = timestamp();
        String signature = "sha256=" + WebhookSignature.sign(SECRET.getBytes(StandardCharsets.UTF_8), timestamp, body);
        return send(body, List.of(WebhookSignature.TIMESTAMP, timestamp, WebhookSignature.SIGNATURE, signature));
    }

    private HttpResponse<String> send(String body, List<String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String timestamp() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private static String callback(String id, String status, String notes) {
        return "{\"work_order_id\":\"" + id + "\",\"cmms_number\":\"CM-9\",\"status\":\"" + status + "\""
                + (notes == null ? "" : ",\"notes\":\"" + notes + "\"")
                + ",\"changed_at\":\"" + Instant.now() + "\"}";
    }
}
