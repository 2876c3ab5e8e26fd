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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Attr;
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

/**
 * Online water-quality monitoring in the running server (issue 6 item 5): station readings pushed over
 * HTTP run through the detector live, its alert is listed, and a backflow alarm in the same zone joins
 * it in one incident when the meter's service connection reaches the station's node (EPA section 2:
 * backflow where water reaches a water-quality change is a contamination pattern; the zone alone is not enough).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WaterQualityLiveTest {

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

    private final HttpClient http = HttpClient.newHttpClient();

    private static NetworkElement sensor(String id, String measurand) {
        return NetworkElement.of(id, ElementKind.SENSOR).withAttribute(Attr.MEASURAND, measurand);
    }

    private void givenAStationAndAMeterInOneZone() {
        network.replace(Network.builder("wq-town")
                .add(NetworkElement.of("zone-A", ElementKind.PRESSURE_ZONE))
                .add(NetworkElement.of("J7", ElementKind.JUNCTION))
                .add(sensor("CL-J7", "CHLORINE"))
                .add(sensor("PH-J7", "PH"))
                .add(sensor("EC-J7", "CONDUCTIVITY"))
                .add(NetworkElement.of("PR1", ElementKind.PREMISE))
                .add(new NetworkElement(
                        "M1",
                        ElementKind.METER,
                        "Meter 1",
                        null,
                        MeterSpec.residentialDefault().toAttributes()))
                .relate("J7", RelationType.LOCATED_IN, "zone-A")
                .relate("CL-J7", RelationType.MEASURES, "J7")
                .relate("PH-J7", RelationType.MEASURES, "J7")
                .relate("EC-J7", RelationType.MEASURES, "J7")
                .add(NetworkElement.of("SC1", ElementKind.SERVICE_CONNECTION))
                .relate("SC1", RelationType.STARTS_AT, "J7")
                .relate("SC1", RelationType.ENDS_AT, "PR1")
                .relate("M1", RelationType.SERVES, "PR1")
                .relate("PR1", RelationType.LOCATED_IN, "zone-A")
                .build());
    }

    // one reading per channel and minute; chlorine drops by 0.3 mg/L from dropAt on
    private static String stationReads(Instant from, Instant to, Instant dropAt) {
        List<String> reads = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.MINUTES)) {
            long m = t.getEpochSecond() / 60;
            double chlorine = 0.5 + (m % 2 == 0 ? 0.01 : -0.01) - (t.isBefore(dropAt) ? 0 : 0.3);
            reads.add(read("CL-J7", t, "chlorine", chlorine, "mg/L"));
            reads.add(read("PH-J7", t, "ph", 7.8 + (m % 3) * 0.01, "pH"));
            reads.add(read("EC-J7", t, "conductivity", 420 + (m % 2) * 2, "uS/cm"));
        }
        return "{\"reads\": [" + String.join(",", reads) + "]}";
    }

    private static String read(String source, Instant time, String kind, double value, String unit) {
        return String.format(
                Locale.ROOT,
                "{\"source\":\"%s\",\"time\":\"%s\",\"kind\":\"%s\",\"value\":%.3f,\"unit\":\"%s\"}",
                source,
                time,
                kind,
                value,
                unit);
    }

    @Test
    void aChlorineDropIsAWaterQualityAlertThatJoinsABackflowAlertInOneIncident() throws Exception {
        givenAStationAndAMeterInOneZone();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant dropAt = now.minus(70, ChronoUnit.MINUTES);

        assertThat(post(stationReads(now.minus(4, ChronoUnit.HOURS), dropAt, dropAt))
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(stationReads(dropAt, now.minus(40, ChronoUnit.MINUTES), dropAt))
                        .body())
                .contains("\"rejected\":0");

        String alertId = "J7/WATER_QUALITY_EVENT/" + dropAt;
        // The stations take the stored batches from the delivery path, after the pushes were answered.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                get("/api/v1/alerts?type=WATER_QUALITY_EVENT").body())
                        .contains(alertId)
                        .contains("\"zoneId\":\"zone-A\"")
                        .contains("\"severity\":\"HIGH\"")
                        .contains("chlorine"));

        Instant backflowAt = dropAt.plus(10, ChronoUnit.MINUTES);
        post("{\"alarms\": [{\"meter\": \"M1\", \"time\": \"" + backflowAt + "\", \"code\": \"REVERSE_FLOW\"}]}");

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    String incidents = get("/api/v1/incidents").body();
                    assertThat(incidents).contains(alertId).contains("M1/BACKFLOW/" + backflowAt);
                    assertThat(incidents.split("\"id\":\"incident:")).hasSize(2);
                    assertThat(incidents)
                            .contains(
                                    "BACKFLOW at M1 with WATER_QUALITY_EVENT at J7: connected through at most 3 pipes")
                            .doesNotContain("same zone");
                });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return http.send(
                authorised("/api/v1/ingest/reads")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token);
    }
}
