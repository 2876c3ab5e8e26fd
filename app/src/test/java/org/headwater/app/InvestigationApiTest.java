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
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An EPA figure 6-1 investigation driven over HTTP, from a vendor alarm to the figure 6-2 record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestigationApiTest {

    static final String PASSWORD = "a-long-test-password";
    static final String ALERT = "M1/BACKFLOW/2024-06-02T10:00:00Z";

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
    UserAccounts users;

    private final HttpClient http = HttpClient.newHttpClient();

    // The detectors take a pushed batch from the delivery path, after the push was answered.
    private void awaitAlerts(String... ids) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    for (String id : ids) {
                        assertThat(send("GET", "/api/v1/alerts/" + id, "").statusCode())
                                .as(id)
                                .isEqualTo(200);
                    }
                });
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        return sendAs("admin", method, path, json);
    }

    private HttpResponse<String> sendAs(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> step(String id, String step, String json) throws IOException, InterruptedException {
        return send("POST", "/api/v1/investigations/" + id + "/steps/" + step, json);
    }

    @Test
    void aBackflowAlarmIsInvestigatedToAnInvalidCauseAndLandsInTheRecords() throws Exception {
        network.replace(Network.builder("test-town")
                .add(NetworkElement.of("PR1", ElementKind.PREMISE))
                .add(new NetworkElement(
                        "M1",
                        ElementKind.METER,
                        "Meter 1",
                        null,
                        MeterSpec.residentialDefault().toAttributes()))
                .relate("M1", RelationType.SERVES, "PR1")
                .build());
        send("POST", "/api/v1/ingest/reads", """
                {"alarms":[{"meter":"M1","time":"2024-06-02T10:00:00Z","code":"REVERSE_FLOW"}]}""");
        awaitAlerts(ALERT);

        HttpResponse<String> opened = send("POST", "/api/v1/investigations", "{\"alertId\":\"" + ALERT + "\"}");
        assertThat(opened.statusCode()).isEqualTo(200);
        Matcher idMatch = Pattern.compile("\"id\":\"(inv-[^\"]+)\"").matcher(opened.body());
        assertThat(idMatch.find()).isTrue();
        String id = idMatch.group(1);

        // figure 6-1: no jumping from step 1 to step 6
        HttpResponse<String> outOfOrder = step(id, "SIGNS_OF_CONTAMINATION", "{}");
        assertThat(outOfOrder.statusCode()).isEqualTo(409);
        assertThat(outOfOrder.body()).contains("RECEIVE_ALERT").contains("SIGNS_OF_CONTAMINATION");

        assertThat(step(id, "REVIEW_DATA", "{}").body()).contains("\"assignee\":\"admin\"");
        HttpResponse<String> detail = send("GET", "/api/v1/investigations/" + id, "");
        assertThat(detail.body())
                .contains("\"likelyCauses\"")
                .contains("REVERSE_FLOW")
                .contains("WATER_SHUT_OFF");
        assertThat(step(id, "CAN_DATA_REVIEW_DETERMINE_INVALID", """
                        {"checklist":[{"item":"OTHER_BACKFLOW_ALERTS_IN_AREA","finding":"NOT_FOUND"}]}""").statusCode())
                .isEqualTo(200);

        HttpResponse<String> unknownCause = step(id, "CLOSE_AND_LOG", "{\"cause\":\"GREMLINS\",\"notes\":\"x\"}");
        assertThat(unknownCause.statusCode()).isEqualTo(400);
        assertThat(unknownCause.body()).contains("cause").contains("GREMLINS");
        HttpResponse<String> noNotes = step(id, "CLOSE_AND_LOG", "{\"cause\":\"WATER_HEATER_EXPANSION\"}");
        assertThat(noNotes.statusCode()).isEqualTo(400);
        assertThat(noNotes.body()).contains("notes");

        HttpResponse<String> closed = step(id, "CLOSE_AND_LOG", """
                {"cause":"WATER_HEATER_EXPANSION","notes":"No expansion tank; customer advised."}""");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/alerts/" + ALERT, "").body()).contains("\"state\":\"CLOSED\"");
        assertThat(send("GET", "/api/v1/audit?limit=200", "").body())
                .as("every step of the investigation is in the audit trail")
                .contains("investigation.step")
                .contains("WATER_HEATER_EXPANSION");

        String csv = send("GET", "/api/v1/investigations/records.csv", "").body();
        assertThat(csv)
                .startsWith("investigation,alert_time,location,type,investigator,start,end,conclusion,notes")
                .contains(id + ",2024-06-02T10:00:00Z,M1")
                .contains(
                        "Invalid alert: EQUIPMENT_ISSUE (WATER_HEATER_EXPANSION),No expansion tank; customer advised.");
        // the dashboard's records table and its export share the filters
        assertThat(send("GET", "/api/v1/investigations/records?type=BACKFLOW&assignee=admin", "")
                        .body())
                .contains("\"investigationId\":\"" + id + "\"")
                .contains("Invalid alert: EQUIPMENT_ISSUE (WATER_HEATER_EXPANSION)");
        assertThat(send("GET", "/api/v1/investigations/records?type=TAMPER", "").body())
                .isEqualTo("[]");
        assertThat(send("GET", "/api/v1/investigations/records?from=2024-06-03T00:00:00Z", "")
                        .body())
                .isEqualTo("[]");
        assertThat(send("GET", "/api/v1/investigations/records.csv?assignee=somebody-else", "")
                        .body())
                .doesNotContain(id);
        assertThat(send("GET", "/api/v1/investigations/records?from=2024-06-03T00:00:00Z&to=2024-06-01T00:00:00Z", "")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/investigations/analytics", "").body()).contains("\"WATER_HEATER_EXPANSION\":1");
        assertThat(send("GET", "/api/v1/investigations/analytics?clusterDistance=500&clusterMinimum=2", "")
                        .body())
                .contains("\"clusters\":[");
        assertThat(send("GET", "/api/v1/investigations/analytics?clusterDistance=0", "")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/investigations?state=CLOSE_AND_LOG&assignee=admin", "")
                        .body())
                .contains(id);
        assertThat(send("GET", "/api/v1/causes", "").body()).contains("CROSS_CONNECTION");
        assertThat(send("GET", "/api/v1/checklists/TAMPER", "").body()).contains("MAGNET_ON_METER");
    }

    @Test
    void evidenceOfAPremiseLevelAlertLooksAtThePremisesMetersAndCountsOnlyBackflowElsewhere() throws Exception {
        // EPA section 6.1 data review of a backflow + tamper alert at premise PR5: the meter M5 is what has data.
        Network.Builder town = Network.builder("premise-town");
        for (String n : java.util.List.of("5", "6", "7", "8")) {
            org.headwater.testkit.MeterBuilder.aMeter()
                    .id("M" + n)
                    .serving("PR" + n)
                    .inZone("Z5")
                    .addTo(town)
                    .relate("PR" + n, RelationType.LOCATED_IN, "Z5");
        }
        network.replace(town.build());
        java.util.List<String> reads = new java.util.ArrayList<>();
        for (int h = 0; h <= 12; h++) {
            reads.add(
                    "{\"source\":\"M5\",\"time\":\"2024-07-01T%02d:00:00Z\",\"kind\":\"register\",\"value\":%d,\"unit\":\"L\"}"
                            .formatted(h, 1000 + 10 * h));
        }
        send("POST", "/api/v1/ingest/reads", "{\"reads\":[" + String.join(",", reads) + "]}");
        send("POST", "/api/v1/ingest/reads", """
                {"alarms":[
                  {"meter":"M5","time":"2024-07-01T13:00:00Z","code":"REVERSE_FLOW"},
                  {"meter":"M6","time":"2024-07-01T13:05:00Z","code":"REVERSE_FLOW"},
                  {"meter":"M7","time":"2024-07-01T13:10:00Z","code":"MAGNETIC_TAMPER"},
                  {"meter":"M8","time":"2024-07-01T13:15:00Z","code":"MAGNETIC_TAMPER"},
                  {"meter":"M5","time":"2024-07-01T13:30:00Z","code":"MAGNETIC_TAMPER"}]}""");
        Pattern premiseAlertId = Pattern.compile("\"id\":\"(PR5/BACKFLOW_AND_TAMPER/[^\"]+)\"");
        // the detectors take the stored batches on their own worker, after the ingest answered
        await().atMost(Duration.ofSeconds(30))
                .until(() -> premiseAlertId
                        .matcher(send("GET", "/api/v1/alerts?type=BACKFLOW_AND_TAMPER", "")
                                .body())
                        .find());
        Matcher premiseAlert = premiseAlertId.matcher(
                send("GET", "/api/v1/alerts?type=BACKFLOW_AND_TAMPER", "").body());
        assertThat(premiseAlert.find()).as("the premise-level alert was raised").isTrue();

        HttpResponse<String> opened =
                send("POST", "/api/v1/investigations", "{\"alertId\":\"" + premiseAlert.group(1) + "\"}");
        Matcher idMatch = Pattern.compile("\"id\":\"(inv-[^\"]+)\"").matcher(opened.body());
        assertThat(idMatch.find()).isTrue();
        String evidence =
                send("GET", "/api/v1/investigations/" + idMatch.group(1), "").body();

        assertThat(evidence)
                .contains("\"meters\":[\"M5\"]")
                .contains("\"sourceId\":\"M5\",\"measurand\":\"INTERVAL_VOLUME\"")
                .contains("\"code\":\"REVERSE_FLOW\"")
                .contains("\"code\":\"MAGNETIC_TAMPER\"")
                .contains("\"id\":\"M5/BACKFLOW/2024-07-01T13:00:00Z\"")
                .contains("\"id\":\"M5/TAMPER/2024-07-01T13:30:00Z\"")
                // M6's backflow counts; the tamper alerts at M7 and M8 do not.
                .contains("1 other meter with backflow alerts in zone Z5");
    }

    @Test
    void outsideAgenciesSeeOnlyTheContaminationResponsesTheyWereCalledInto() throws Exception {
        Network.Builder town = Network.builder("call-in-town");
        for (String n : java.util.List.of("2", "3")) {
            town.add(NetworkElement.of("PR" + n, ElementKind.PREMISE))
                    .add(new NetworkElement(
                            "M" + n,
                            ElementKind.METER,
                            "Meter " + n,
                            null,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate("M" + n, RelationType.SERVES, "PR" + n);
        }
        network.replace(town.build());
        for (var role : java.util.List.of(Role.PUBLIC_HEALTH, Role.LAW_ENFORCEMENT)) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            if (!users.exists(name)) {
                users.create(name, PASSWORD, java.util.Set.of(role));
            }
        }
        send("POST", "/api/v1/ingest/reads", """
                {"alarms":[{"meter":"M2","time":"2024-05-02T10:00:00Z","code":"REVERSE_FLOW"},
                           {"meter":"M3","time":"2024-05-03T10:00:00Z","code":"REVERSE_FLOW"}]}""");
        awaitAlerts("M2/BACKFLOW/2024-05-02T10:00:00Z", "M3/BACKFLOW/2024-05-03T10:00:00Z");
        String escalated = open("M2/BACKFLOW/2024-05-02T10:00:00Z");
        for (String next : java.util.List.of(
                "REVIEW_DATA",
                "CAN_DATA_REVIEW_DETERMINE_INVALID",
                "CAN_CONTAMINATION_BE_RULED_OUT",
                "INSPECT_ON_SITE",
                "SIGNS_OF_CONTAMINATION")) {
            assertThat(step(escalated, next, "{}").statusCode()).as(next).isEqualTo(200);
        }
        assertThat(step(escalated, "CONTAMINATION_SUSPECTED", "{\"notes\":\"Discoloured water at the tap.\"}")
                        .statusCode())
                .isEqualTo(200);
        String quiet = open("M3/BACKFLOW/2024-05-03T10:00:00Z");

        // Table 6-2: backflow calls in public health, not law enforcement.
        String seenByHealth =
                sendAs("public_health", "GET", "/api/v1/investigations", "").body();
        assertThat(seenByHealth).contains(escalated).doesNotContain(quiet);
        assertThat(sendAs("public_health", "GET", "/api/v1/investigations/" + escalated, "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(sendAs("public_health", "GET", "/api/v1/investigations/" + quiet, "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(sendAs("law_enforcement", "GET", "/api/v1/investigations", "")
                        .body())
                .doesNotContain(escalated)
                .doesNotContain(quiet);
        assertThat(sendAs("law_enforcement", "GET", "/api/v1/investigations/" + escalated, "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(sendAs("law_enforcement", "GET", "/api/v1/incidents", "").body())
                .isEqualTo("[]");
        // Staff still see both.
        assertThat(send("GET", "/api/v1/investigations", "").body())
                .contains(escalated)
                .contains(quiet);
    }

    private String open(String alertId) throws IOException, InterruptedException {
        HttpResponse<String> opened = send("POST", "/api/v1/investigations", "{\"alertId\":\"" + alertId + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        Matcher idMatch = Pattern.compile("\"id\":\"(inv-[^\"]+)\"").matcher(opened.body());
        assertThat(idMatch.find()).isTrue();
        return idMatch.group(1);
    }
}
