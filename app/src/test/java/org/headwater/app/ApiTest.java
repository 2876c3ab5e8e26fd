package org.headwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API end to end over HTTP, on the embedded PostgreSQL, with authentication. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {

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
    Readings readings;

    @Autowired
    Quarantine quarantine;

    @Autowired
    org.headwater.app.security.UserAccounts userAccounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String username, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            String token =
                    Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsAdmin(String path) throws IOException, InterruptedException {
        return get(path, "admin", PASSWORD);
    }

    private void givenAMeteredNetwork() {
        network.replace(Network.builder("test-town")
                .add(NetworkElement.of("J1", ElementKind.JUNCTION))
                .add(NetworkElement.of("PR1", ElementKind.PREMISE))
                .add(new NetworkElement(
                        "M1",
                        ElementKind.METER,
                        "Meter 1",
                        null,
                        MeterSpec.residentialDefault().toAttributes()))
                .relate("M1", RelationType.SERVES, "PR1")
                .build());
    }

    @Test
    void apiRefusesAnonymousAndWrongPasswords() throws Exception {
        assertThat(get("/api/v1/network/summary", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/network/summary", "admin", "wrong-password").statusCode())
                .isEqualTo(401);
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdministrator() throws Exception {
        assertThat(get("/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = getAsAdmin("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    /** Issue 15 item 5: the summary says what its sensor count is made of. */
    @Test
    void networkSummarySplitsTheSensorsByWhatTheyMeasure() throws Exception {
        network.replace(Network.builder("test-town")
                .add(NetworkElement.of("PS-1", ElementKind.SENSOR).withAttribute("measurand", "PRESSURE"))
                .add(NetworkElement.of("PS-2", ElementKind.SENSOR).withAttribute("measurand", "PRESSURE"))
                .add(NetworkElement.of("FS-1", ElementKind.SENSOR).withAttribute("measurand", "FLOW"))
                .add(NetworkElement.of("X-1", ElementKind.SENSOR))
                .build());

        String body = getAsAdmin("/api/v1/network/summary").body();

        assertThat(body)
                .contains("\"SENSOR\":4")
                .contains("\"sensorsByMeasurand\":{\"FLOW\":1,\"PRESSURE\":2,\"unspecified\":1}");
    }

    @Test
    void networkSummaryCountsElementsPerKind() throws Exception {
        givenAMeteredNetwork();

        HttpResponse<String> response = getAsAdmin("/api/v1/network/summary");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"name\":\"test-town\"")
                .contains("\"METER\":1")
                .contains("\"JUNCTION\":1")
                .contains("\"PIPE\":0");
    }

    @Test
    void meterReadsComeBackForTheRequestedRangeOnly() throws Exception {
        givenAMeteredNetwork();
        readings.append(List.of(
                new Reading("M1", Measurand.INTERVAL_VOLUME, Instant.parse("2024-05-01T10:00:00Z"), 12.5),
                new Reading("M1", Measurand.INTERVAL_VOLUME, Instant.parse("2024-05-01T11:00:00Z"), 7.25),
                new Reading("M1", Measurand.INTERVAL_VOLUME, Instant.parse("2024-05-02T11:00:00Z"), 99)));

        HttpResponse<String> response =
                getAsAdmin("/api/v1/meters/M1/reads?from=2024-05-01T00:00:00Z&to=2024-05-02T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("12.5").contains("7.25").doesNotContain("99.0");
        assertThat(getAsAdmin("/api/v1/meters/M1").body())
                .contains("\"premise\":\"PR1\"")
                .contains("SOLID_STATE");
    }

    @Test
    void unknownMeterIsA404AndABadRangeA400NamingTheValues() throws Exception {
        givenAMeteredNetwork();

        HttpResponse<String> unknown = getAsAdmin("/api/v1/meters/NOPE/reads");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no meter NOPE");

        HttpResponse<String> reversed =
                getAsAdmin("/api/v1/meters/M1/reads?from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("from must be before to");

        HttpResponse<String> garbage = getAsAdmin("/api/v1/meters/M1/reads?from=yesterday");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("from").contains("yesterday");
    }

    @Test
    void quarantineIsListedWithReasonsAndCanBeFiltered() throws Exception {
        quarantine.add(List.of(new RejectedRecord(
                "csv:test.csv",
                3,
                "M1,not-a-time,12",
                RejectionReason.INVALID_TIMESTAMP,
                "time: 'not-a-time' is not an ISO-8601 timestamp",
                Instant.parse("2024-05-01T00:00:00Z"))));

        HttpResponse<String> response = getAsAdmin("/api/v1/quarantine?reason=INVALID_TIMESTAMP&limit=5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("INVALID_TIMESTAMP")
                .contains("not-a-time")
                .contains("csv:test.csv");
    }

    private HttpResponse<String> postAsAdmin(String path, String json) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pushedBatchKeepsTheGoodReadsAndQuarantinesTheBadOnes() throws Exception {
        givenAMeteredNetwork();
        String batch = """
                {"reads": [
                  {"source": "M1", "time": "2024-06-01T10:00:00Z", "kind": "interval", "value": 3.5, "unit": "gal"},
                  {"source": "M1", "time": "2024-06-01T11:00:00Z", "kind": "interval", "value": 2, "unit": "furlongs"},
                  {"source": "NOBODY", "time": "2024-06-01T11:00:00Z", "kind": "interval", "value": 2, "unit": "L"}
                ]}""";

        HttpResponse<String> response = postAsAdmin("/api/v1/ingest/reads", batch);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"accepted\":1")
                .contains("\"rejected\":2")
                .contains("UNKNOWN_UNIT")
                .contains("UNKNOWN_METER");
        assertThat(readings.between(
                        "M1",
                        Measurand.INTERVAL_VOLUME,
                        Instant.parse("2024-06-01T10:00:00Z"),
                        Instant.parse("2024-06-01T10:00:01Z")))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isCloseTo(13.249, org.assertj.core.data.Offset.offset(0.001)));
        assertThat(getAsAdmin("/api/v1/quarantine?reason=UNKNOWN_UNIT").body()).contains("furlongs");
    }

    @Test
    void invalidJsonIsQuarantinedAndRefused() throws Exception {
        HttpResponse<String> response = postAsAdmin("/api/v1/ingest/reads", "{\"reads\": [ oops");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("INVALID_JSON");
        assertThat(getAsAdmin("/api/v1/quarantine?reason=INVALID_JSON").body()).contains("oops");
    }

    @Test
    void oversizedPayloadIsRefusedWithoutBeingParsedAndKeptInQuarantine() throws Exception {
        String huge = "{\"reads\": [" + "{\"source\": \"M1\"},".repeat(100_000) + "]}";

        HttpResponse<String> response = postAsAdmin("/api/v1/ingest/reads", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(getAsAdmin("/api/v1/quarantine?reason=PAYLOAD_TOO_LARGE").body())
                .contains("larger than the limit");
    }

    @Test
    void readSuccessRateCountsMetersThatSentNothingAsZero() throws Exception {
        givenAMeteredNetwork();

        HttpResponse<String> response = getAsAdmin("/api/v1/read-success-rate?windowEnd=2019-01-04T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"meters\":1")
                .contains("\"received\":0")
                .contains("\"expected\":72")
                .contains("\"metersBelowTypical\":1");
        // the meter page's rate: the same three-day window and slot rule, for one meter
        assertThat(getAsAdmin("/api/v1/meters/M1/read-success-rate").body())
                .contains("\"meterId\":\"M1\"")
                .contains("\"received\":0")
                .contains("\"expected\":72");
    }

    /** Issue 15 item 5: the worst meters are the ones that missed most, never a list of full meters by id. */
    @Test
    void worstMetersListsOnlyMetersThatMissedReadsLowestRateFirst() throws Exception {
        Network.Builder town = Network.builder("test-town");
        for (String meter : List.of("W1", "W2", "W3", "W4")) {
            town.add(new NetworkElement(
                    meter,
                    ElementKind.METER,
                    meter,
                    null,
                    MeterSpec.residentialDefault().toAttributes()));
        }
        network.replace(town.build());
        Instant end = Instant.parse("2018-06-04T00:00:00Z"); // a window no other test writes in
        Map<String, Integer> hoursSent = Map.of("W1", 72, "W2", 70, "W3", 60, "W4", 70);
        List<Reading> sent = new ArrayList<>();
        hoursSent.forEach((meter, hours) -> {
            for (int h = 1; h <= hours; h++) {
                sent.add(new Reading(meter, Measurand.INTERVAL_VOLUME, end.minusSeconds(3600L * h), 1.0));
            }
        });
        readings.append(sent);

        JsonMapper json = JsonMapper.builder().build();
        JsonNode worst = json.readTree(
                        getAsAdmin("/api/v1/read-success-rate?windowEnd=" + end).body())
                .get("worstMeters");

        List<String> ids = new ArrayList<>();
        worst.forEach(m -> ids.add(m.get("meterId").asString()));
        assertThat(ids).containsExactly("W3", "W2", "W4");
        JsonNode limited = json.readTree(getAsAdmin("/api/v1/read-success-rate?worst=1&windowEnd=" + end)
                        .body())
                .get("worstMeters");
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).get("meterId").asString()).isEqualTo("W3");
    }

    private HttpResponse<String> send(String method, String path, String json, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void vendorReverseFlowAlarmRaisesABackflowAlertThatCanBeAcknowledgedOnce() throws Exception {
        givenAMeteredNetwork();
        postAsAdmin("/api/v1/ingest/reads", """
                {"alarms": [{"meter": "M1", "time": "2024-06-02T10:00:00Z", "code": "REVERSE_FLOW"}]}""");

        // The detectors take the stored batch from the delivery path, after the push was answered.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getAsAdmin("/api/v1/alerts?type=BACKFLOW&source=M1")
                                .body())
                        .contains("M1/BACKFLOW/2024-06-02T10:00:00Z")
                        .contains("\"premiseId\":\"PR1\""));

        String id = "M1/BACKFLOW/2024-06-02T10:00:00Z";
        assertThat(getAsAdmin("/api/v1/alerts/" + id).body()).contains("\"detector\"");
        HttpResponse<String> acknowledged =
                send("POST", "/api/v1/alerts/" + id + "/acknowledge", "", "admin", PASSWORD);
        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body()).contains("\"state\":\"ACKNOWLEDGED\"");

        HttpResponse<String> again = send("POST", "/api/v1/alerts/" + id + "/acknowledge", "", "admin", PASSWORD);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ACKNOWLEDGED");
        assertThat(getAsAdmin("/api/v1/alerts/summary").body()).contains("BACKFLOW");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getAsAdmin("/api/v1/incidents").body())
                        .contains("M1/BACKFLOW/2024-06-02T10:00:00Z"));
    }

    @Test
    void thresholdsChangeAtRunTimeAreRecordedAndRefuseBadFieldsAndOtherRoles() throws Exception {
        HttpResponse<String> bad = send(
                "PUT", "/api/v1/thresholds?scope=system", "{\"backflow_volume_litres\": \"-3\"}", "admin", PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("backflow_volume_litres");
        HttpResponse<String> badScope = send("PUT", "/api/v1/thresholds?scope=galaxy", "{}", "admin", PASSWORD);
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(badScope.body()).contains("scope must be");

        HttpResponse<String> changed = send(
                "PUT",
                "/api/v1/thresholds?scope=class:SOLID_STATE/0.625",
                "{\"backflow_volume_litres\": \"8\"}",
                "admin",
                PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(getAsAdmin("/api/v1/thresholds/changes").body())
                .contains("admin")
                .contains("backflow_volume_litres");
        // the thresholds screen reads the values set at one scope
        assertThat(getAsAdmin("/api/v1/thresholds?scope=class:SOLID_STATE/0.625")
                        .body())
                .contains("\"scope\":\"class:SOLID_STATE/0.625\"")
                .contains("\"atScope\":{\"backflow_volume_litres\":8.0}");
        assertThat(getAsAdmin("/api/v1/thresholds?scope=meter:M-1").body()).contains("\"atScope\":{}");
        // shown in the utility's unit system (SI by default), rounded, the unit spelled as people write it
        assertThat(getAsAdmin("/api/v1/thresholds").body())
                .contains("\"unitSystem\":\"SI\"")
                .contains("{\"field\":\"pressure_min_kpa\",\"label\":\"Pressure min\",\"unit\":\"kPa\","
                        + "\"defaultValue\":138.0}")
                .contains("{\"field\":\"leak_min_litres_per_hour\",\"label\":\"Leak min\",\"unit\":\"L/h\","
                        + "\"defaultValue\":3.79}")
                .contains("\"defaultValue\":0.521")
                .doesNotContain("3.785411784")
                .doesNotContain("137.89");
        assertThat(getAsAdmin("/api/v1/thresholds?scope=galaxy").statusCode()).isEqualTo(400);

        userAccounts.create(
                "desk",
                "a-customer-service-password",
                java.util.Set.of(org.headwater.app.security.Role.CUSTOMER_SERVICE));
        HttpResponse<String> refused = send(
                "PUT",
                "/api/v1/thresholds?scope=system",
                "{\"backflow_volume_litres\": \"1\"}",
                "desk",
                "a-customer-service-password");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/thresholds", "desk", "a-customer-service-password")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        HttpResponse<String> response = getAsAdmin("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("/api/v1/network/summary")
                .contains("/api/v1/meters/{id}/reads")
                .contains("/api/v1/quarantine");
    }

    @Test
    void elementListingIsPagedAndRefusesAnAbsurdLimit() throws Exception {
        givenAMeteredNetwork();

        assertThat(getAsAdmin("/api/v1/network/elements?kind=METER").body()).contains("\"total\":1");
        HttpResponse<String> tooMany = getAsAdmin("/api/v1/network/elements?limit=1000000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit must be between 1 and 10000: 1000000");
    }
}
