package org.headwater.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.forecast.DmaForecast;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 7 item 5: a DMA's inflow arrives as a SCADA FLOW tag, the daily job forecasts it from the
 * stored history, and the API returns the forecast with intervals and beside the actuals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastApiTest {

    static final String PASSWORD = "a-long-test-password";
    static final Instant NOW = Instant.parse("2026-03-18T10:30:00Z");
    static final java.time.ZoneId ROME = java.time.ZoneId.of("Europe/Rome");

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
        registry.add("headwater.forecast.enabled", () -> "false");
        registry.add("headwater.utility.zone", () -> ROME.getId());
        registry.add("headwater.utility.country", () -> "IT");
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentNetwork network;

    @Autowired
    Readings readings;

    @Autowired
    DmaForecastJob job;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void aDmaWithThreeWeeksOfInflowFromItsFlowSensor() {
        network.replace(Network.builder("test-town")
                .add(NetworkElement.of("DMA-1", ElementKind.DMA))
                .add(NetworkElement.of("FS-1", ElementKind.SENSOR).withAttribute(Attr.MEASURAND, "FLOW"))
                .add(NetworkElement.of("PS-1", ElementKind.SENSOR).withAttribute(Attr.MEASURAND, "PRESSURE"))
                .relate("FS-1", RelationType.MEASURES, "DMA-1")
                .relate("PS-1", RelationType.MEASURES, "DMA-1")
                .build());
        List<Reading> flow = new ArrayList<>();
        Instant start = NOW.minusSeconds(21 * 24 * 3600L).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (Instant t = start; t.isBefore(NOW); t = t.plusSeconds(900)) {
            flow.add(new Reading("FS-1", Measurand.FLOW, t, litresPerSecond(t)));
        }
        readings.append(flow);
    }

    /**
     * Night minimum, morning and evening peaks in local time, less on Sundays, and a wobble of
     * ±0.1 L/s: six identical hours in a row would be taken for a stuck meter and dropped.
     */
    static double litresPerSecond(Instant t) {
        var local = java.time.LocalDateTime.ofInstant(t, ROME);
        double day = local.getDayOfWeek().getValue() == 7 ? 0.8 : 1.0;
        int hour = local.getHour();
        double wobble = 0.1 * Math.sin(t.getEpochSecond() / 3600.0 * 0.7);
        return day * (4 + (hour >= 6 && hour <= 9 ? 6 : 0) + (hour >= 18 && hour <= 21 ? 4 : 0)) + wobble;
    }

    @Test
    void theLatestForecastHasAWeekOfHoursWithIntervalsAndNamesItsModel() throws Exception {
        List<DmaForecast> stored = job.runOnce();

        JsonNode body = getJson("/api/v1/forecasts/dma/DMA-1", 200);

        assertThat(stored).hasSize(1);
        assertThat(body.get("model").asString()).isEqualTo("baseline-robust-mean-4w; weather none");
        assertThat(Instant.parse(body.get("origin").asString())).isEqualTo(Instant.parse("2026-03-17T23:00:00Z"));
        assertThat(body.get("intervalLevel").asDouble()).isEqualTo(0.9);
        assertThat(body.get("hours")).hasSize(168);
        JsonNode firstHour = body.get("hours").get(0);
        double first = firstHour.get("litresPerSecond").asDouble();
        assertThat(first).isCloseTo(4.0, within(0.2));
        assertThat(firstHour.get("lower").asDouble()).isLessThanOrEqualTo(first).isGreaterThan(3.0);
        assertThat(firstHour.get("upper").asDouble())
                .isGreaterThanOrEqualTo(first)
                .isLessThan(5.0);
    }

    @Test
    void aRangeReturnsTheForecastBesideTheHourlyActuals() throws Exception {
        job.runOnce();

        JsonNode body = getJson("/api/v1/forecasts/dma/DMA-1?from=2026-03-16T23:00:00Z&to=2026-03-18T23:00:00Z", 200);

        // Actuals: hourly means of the 15-minute readings up to now; forecast: from today's local midnight.
        assertThat(body.get("actual")).hasSize(24 + 12);
        assertThat(body.get("actual").get(7).get("litresPerSecond").asDouble()).isCloseTo(10.0, within(0.2));
        assertThat(body.get("forecast")).hasSize(24);
        assertThat(body.get("forecast").get(7).get("litresPerSecond").asDouble())
                .isCloseTo(10.0, within(0.2));
    }

    /** Issue 15 item 3: an area without a forecast says exactly why: no inflow meter, or no inflow stored. */
    @Test
    void anAreaWithoutAForecastSaysWhyNot() throws Exception {
        network.replace(Network.builder("test-town")
                .add(NetworkElement.of("zone-D", ElementKind.PRESSURE_ZONE))
                .add(NetworkElement.of("zone-E", ElementKind.PRESSURE_ZONE))
                .add(NetworkElement.of("FS-zone-E", ElementKind.SENSOR).withAttribute(Attr.MEASURAND, "FLOW"))
                .relate("FS-zone-E", RelationType.MEASURES, "zone-E")
                .build());

        assertThat(job.runOnce()).isEmpty();
        assertThat(getJson("/api/v1/forecasts/dma/zone-D", 404).get("detail").asString())
                .isEqualTo("zone-D has no inflow meter (no FLOW sensor MEASURES it): its inflow is not measured,"
                        + " so it has no forecast");
        assertThat(getJson("/api/v1/forecasts/dma/zone-E", 404).get("detail").asString())
                .startsWith("no forecast yet for zone-E: its inflow meter FS-zone-E has stored no inflow in the last"
                        + " 7 days");
    }

    @Test
    void unknownAreasBadRangesAndAnonymousCallersAreRefused() throws Exception {
        assertThat(getJson("/api/v1/forecasts/dma/NOPE", 404).get("detail").asString())
                .contains("NOPE");
        assertThat(getJson("/api/v1/forecasts/dma/DMA-1?from=2026-03-18T00:00:00Z&to=2026-03-01T00:00:00Z", 400)
                        .get("detail")
                        .asString())
                .contains("from, to");
        assertThat(send("/api/v1/forecasts/dma/DMA-1", false).statusCode()).isEqualTo(401);
    }

    private JsonNode getJson(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path, boolean authenticated) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authenticated) {
            String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
