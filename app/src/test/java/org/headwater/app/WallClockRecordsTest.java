package org.headwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Network;
import org.headwater.testkit.MeterBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's data clock runs ahead of the wall clock, as the demo's replay does: data keeps its event
 * times, but arrivals and people's actions (a quarantined record's receipt, investigation steps,
 * threshold changes) are recorded at wall-clock time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WallClockRecordsTest.DataClockAhead.class)
class WallClockRecordsTest {

    static final String PASSWORD = "a-long-test-password";
    /** Where the data clock stands: days ahead of the wall clock. */
    static final Instant DATA_NOW =
            Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);

    @TestConfiguration
    static class DataClockAhead {
        @Bean
        @Primary
        Clock dataClock() {
            return Clock.fixed(DATA_NOW, ZoneOffset.UTC);
        }
    }

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

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void arrivalsAndPeoplesActionsAreRecordedAtWallClockTimeWhileDataKeepsItsEventTime() throws Exception {
        network.replace(MeterBuilder.aMeter()
                .id("M1")
                .serving("PR1")
                .addTo(Network.builder("clock-town"))
                .build());
        Instant before = Instant.now().minusSeconds(1);
        Instant alarm = DATA_NOW.minus(Duration.ofHours(1));

        send("POST", "/api/v1/ingest/reads", """
                {"alarms":[{"meter":"M1","time":"%s","code":"REVERSE_FLOW"}],
                 "reads":[{"source":"NO-SUCH-METER","time":"%s","kind":"register","value":1,"unit":"L"}]}""".formatted(alarm, alarm));
        // the detectors take the stored batch on their own worker, after the ingest answered
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/api/v1/alerts/M1/BACKFLOW/" + alarm) == 200);
        JsonNode opened =
                json.readTree(send("POST", "/api/v1/investigations", "{\"alertId\":\"M1/BACKFLOW/" + alarm + "\"}")
                        .body());
        String id = opened.path("investigation").path("id").asString();
        send("POST", "/api/v1/investigations/" + id + "/steps/REVIEW_DATA", "{}");
        send("PUT", "/api/v1/thresholds?scope=system", "{\"backflow_volume_litres\":\"6\"}");
        Instant after = Instant.now().plusSeconds(1);

        List<Instant> recorded = new ArrayList<>();
        JsonNode quarantine =
                json.readTree(send("GET", "/api/v1/quarantine?limit=5", "").body());
        recorded.add(Instant.parse(
                quarantine.path("records").get(0).path("receivedAt").asString()));
        JsonNode investigation = json.readTree(
                        send("GET", "/api/v1/investigations/" + id, "").body())
                .path("investigation");
        investigation.path("enteredAt").forEach(t -> recorded.add(Instant.parse(t.asString())));
        JsonNode changes =
                json.readTree(send("GET", "/api/v1/thresholds/changes", "").body());
        recorded.add(
                Instant.parse(changes.get(changes.size() - 1).path("changedAt").asString()));

        assertThat(recorded).hasSize(4).allSatisfy(t -> assertThat(t).isBetween(before, after));
        // The data keeps its event time: the alert is where the alarm was, on the data clock.
        assertThat(investigation.path("subject").path("alertTime").asString()).isEqualTo(alarm.toString());
    }

    private int status(String path) throws IOException, InterruptedException {
        return request("GET", path, "").statusCode();
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = request(method, path, body);
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isBetween(200, 299);
        return response;
    }

    private HttpResponse<String> request(String method, String path, String body)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
