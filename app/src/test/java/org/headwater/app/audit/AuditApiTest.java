package org.headwater.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4 item 2 over HTTP: logins and a threshold change appear in the audit trail, only
 * administrators and compliance officers may read it, and a row edited in PostgreSQL is named by
 * {@code GET /api/v1/audit/verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    static final String PASSWORD = "a-long-test-password";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)), user, PASSWORD);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode entries() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/audit?limit=1000&afterSequence=0", "compliance");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode last(JsonNode entries, String action) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("action").asString().equals(action))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no audit entry " + action + " in " + entries));
    }

    @Test
    void loginsAndAThresholdChangeAreRecordedAndAnEditedRowIsNamed() throws Exception {
        users.create("compliance", PASSWORD, Set.of(Role.COMPLIANCE_OFFICER));
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/thresholds")), "admin", "not-the-password")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> change = send(
                HttpRequest.newBuilder(uri("/api/v1/thresholds?scope=system"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"backflow_volume_litres\":\"9\"}")),
                "admin",
                PASSWORD);
        assertThat(change.statusCode()).isEqualTo(200);

        JsonNode entries = entries();
        assertThat(last(entries, "user.created").get("subject").asString()).isEqualTo("compliance");
        assertThat(last(entries, "login.failed").get("subject").asString()).isEqualTo("admin");
        assertThat(last(entries, "login.succeeded").get("actor").asString()).isIn("admin", "compliance");
        JsonNode thresholdChange = last(entries, "threshold.changed");
        assertThat(thresholdChange.get("actor").asString()).isEqualTo("admin");
        assertThat(thresholdChange.get("details").get("after").asString()).isEqualTo("backflow_volume_litres=9.0");
        assertThat(json.readTree(get("/api/v1/audit/verify", "compliance").body())
                        .get("intact")
                        .asBoolean())
                .isTrue();

        long edited = thresholdChange.get("sequence").asLong();
        jdbc.sql("UPDATE audit_event SET detail_values[3] = 'backflow_volume_litres=900.0' WHERE sequence = ?")
                .param(edited)
                .update();

        JsonNode verification =
                json.readTree(get("/api/v1/audit/verify", "compliance").body());
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("firstBad").get("sequence").asLong()).isEqualTo(edited);
        assertThat(verification.get("firstBad").get("reason").asString()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    void anExportOfTheInvestigationRecordsIsRecordedUnderTheCaller() throws Exception {
        users.create("exporter", PASSWORD, Set.of(Role.COMPLIANCE_OFFICER));
        assertThat(get("/api/v1/investigations/records.csv", "exporter").statusCode())
                .isEqualTo(200);

        HttpResponse<String> trail = get("/api/v1/audit?limit=1000&afterSequence=0", "exporter");
        JsonNode export = last(json.readTree(trail.body()), "data.exported");
        assertThat(export.get("actor").asString()).isEqualTo("exporter");
        assertThat(export.get("subject").asString()).isEqualTo("investigations/records.csv");
    }

    @Test
    void customerServiceMayNotReadTheAuditTrail() throws Exception {
        users.create("service-desk", PASSWORD, Set.of(Role.CUSTOMER_SERVICE));

        assertThat(get("/api/v1/audit", "service-desk").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/audit/verify", "service-desk").statusCode()).isEqualTo(403);
    }
}
