package org.headwater.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.risk.RunAttempt;
import org.headwater.risk.RunAttempts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 2: a run started over the API that fails in the background (pipes but no break
 * history) is listed FAILED with its reason, and the list's 404 says the last run failed and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "headwater.risk.nightly=false")
class FailedRiskRunApiTest {

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
    CurrentNetwork network;

    @Autowired
    BreakRiskRunner runner;

    @Autowired
    RunAttempts attempts;

    @Autowired
    RunRecording recording;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    private static Path register() throws URISyntaxException {
        return Path.of(FailedRiskRunApiTest.class
                .getClassLoader()
                .getResource("risk/kitchener-sample.csv")
                .toURI());
    }

    @Test
    void aRunThatFailsInTheBackgroundIsListedFailedWithItsReason() throws Exception {
        network.replace(NetworkImport.read(register()));

        HttpResponse<String> started =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/risk/runs"))
                        .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(started.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !runner.isRunning()
                        && json.readTree(get("/api/v1/risk/runs").body())
                                .get(0)
                                .get("state")
                                .asString()
                                .equals("FAILED"));
        JsonNode failed = json.readTree(get("/api/v1/risk/runs").body()).get(0);
        assertThat(failed.get("trigger").asString()).isEqualTo("on demand by admin");
        assertThat(failed.get("reason").asString()).contains("no main breaks are stored");
        assertThat(failed.get("startedAt").asString()).isNotBlank();
        assertThat(failed.get("finishedAt").asString()).isNotBlank();
        assertThat(failed.get("run").isNull()).isTrue();
        HttpResponse<String> list = get("/api/v1/risk/pipes");
        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(list.body()).contains("failed: no main breaks are stored");
    }

    @Test
    void aRunCutOffByAStopIsListedFailedAfterTheNextStart() throws Exception {
        RunAttempt cutOff = attempts.started("schedule", Instant.parse("2026-01-01T02:00:00Z"));

        recording.afterSingletonsInstantiated(); // what the next start does

        JsonNode listed = null;
        for (JsonNode run : json.readTree(get("/api/v1/risk/runs").body())) {
            if (run.get("id").asLong() == cutOff.id()) {
                listed = run;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("state").asString()).isEqualTo("FAILED");
        assertThat(listed.get("reason").asString()).isEqualTo(RunRecording.INTERRUPTED);
    }
}
