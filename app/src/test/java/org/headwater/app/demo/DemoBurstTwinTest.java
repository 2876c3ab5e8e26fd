package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incidents;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.twin.ResidualWatch;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.network.Network;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.testkit.SettableClock;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The live twin on the demo utility: a day and a half of the demo's simulated pressures and zone inflows (the
 * L-Town model under the metered demand, sensor noise) with a burst of pipe p369 for the last six hours. The
 * residual rule raises one LEAK_BURST alert whose candidate pipes put p369 near the top; it is grouped into an
 * incident and drafts a leak survey of the candidates; the residuals are served per sensor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoBurstTwinTest {

    static final String PASSWORD = "a-long-test-password";
    static final Instant NOW = Instant.parse("2026-12-03T18:07:00Z");
    static final Instant BURST = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
        registry.add("headwater.forecast.enabled", () -> "false");
        registry.add("headwater.twin.residuals-enabled", () -> "false");
        registry.add("headwater.utility.zone", () -> "Europe/Athens");
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        SettableClock movableClock() {
            return new SettableClock(NOW);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentNetwork network;

    @Autowired
    NetworkSources sources;

    @Autowired
    Readings readings;

    @Autowired
    ResidualWatch watch;

    @Autowired
    Incidents incidents;

    @Autowired
    WorkOrders orders;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBurstInTheDemoNetworkRaisesALeakAlertWithThePipeNearTheTopAnIncidentAndADraftWorkOrder() throws Exception {
        Network utility = demoUtilityWithItsModel();
        InjectedEvent burst = new InjectedEvent(
                InjectedEvent.Kind.BURST,
                List.of(DefaultInjectedEvents.BURST_PIPE),
                BURST,
                Duration.ofHours(12),
                DefaultInjectedEvents.BURST_OPENING);
        readings.append(simulatedScada(
                utility,
                List.of(burst),
                NOW.minus(Duration.ofHours(34)).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                NOW));

        List<AlertEvent> events = watch.evaluate();

        assertThat(events).singleElement().isInstanceOf(AlertEvent.AlertRaised.class);
        var alert = ((AlertEvent.AlertRaised) events.getFirst()).alert();
        assertThat(alert.type()).isEqualTo(AlertType.LEAK_BURST);
        // three 15-minute steps over the drop: raised at the third step after the burst
        assertThat(alert.time()).isEqualTo(BURST.plus(Duration.ofMinutes(30)));
        assertThat(alert.evidence().summary()).contains("candidate pipes: ");

        JsonNode leaks = get("/api/v1/twin/leaks");
        assertThat(leaks).hasSize(1);
        List<String> pipes = new ArrayList<>();
        leaks.get(0).get("candidates").forEach(c -> pipes.add(c.get("pipe").asString()));
        assertThat(pipes.indexOf(DefaultInjectedEvents.BURST_PIPE))
                .as("rank of the burst pipe in %s", pipes)
                .isBetween(0, 4);

        // The pressure sensor that saw the burst most: which one depends on where the demo places its sensors.
        JsonNode series = get("/api/v1/twin/residuals?from=2026-12-03T06:00:00Z&to=2026-12-03T18:00:00Z");
        JsonNode nearest = null;
        for (JsonNode sensor : series.get("sensors")) {
            if (sensor.get("unit").asString().equals("kPa")
                    && sensor.get("points").size() > 30
                    && (nearest == null
                            || sensor.get("points").get(30).get("residual").asDouble()
                                    < nearest.get("points")
                                            .get(30)
                                            .get("residual")
                                            .asDouble())) {
                nearest = sensor;
            }
        }
        assertThat(nearest)
                .as("a pressure sensor with residuals over the burst")
                .isNotNull();
        JsonNode points = nearest.get("points");
        assertThat(points).as("06:00 to 17:30, the last step judged at 18:07").hasSize(47);
        double before = points.get(20).get("residual").asDouble();
        double during = points.get(30).get("residual").asDouble();
        assertThat(Math.abs(before)).as("residual before the burst").isLessThan(2);
        assertThat(during).as("residual during the burst").isLessThan(-20);
        assertThat(points.get(30).get("measured").asDouble())
                .isCloseTo(
                        points.get(30).get("modelled").asDouble() + during, org.assertj.core.data.Offset.offset(1e-6));

        assertThat(incidents.containing(alert.id())).isPresent();
        WorkOrder order = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> orders.findOpen(ProblemKey.pipe(pipes.getFirst()), WorkOrderType.LEAK_SURVEY),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(order.content().title()).contains(pipes.getFirst());
        assertThat(order.content().description()).contains(DefaultInjectedEvents.BURST_PIPE);

        // the next look finds nothing new: the burst is one alert
        assertThat(watch.evaluate()).isEmpty();
    }

    private Network demoUtilityWithItsModel() throws Exception {
        byte[] file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoUtility.NETWORK_RESOURCE)) {
            file = in.readAllBytes();
        }
        Network utility;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new java.io.ByteArrayInputStream(file)), StandardCharsets.UTF_8))) {
            utility = DemoUtilityNetwork.build(
                    new EpanetInpReader().read(in, "L-Town"), DemoUtility.loadPressureSensorNodes());
        }
        network.replace(utility);
        sources.save(new NetworkSource("L-Town.inp.gz", file));
        return utility;
    }

    /** The demo's pressure sensors every 15 minutes and zone inflows every hour, as {@link DemoReplay} sends them. */
    static List<Reading> simulatedScada(Network utility, List<InjectedEvent> events, Instant from, Instant to)
            throws Exception {
        HydraulicModel model;
        try (InputStream in = new GZIPInputStream(
                DemoBurstTwinTest.class.getClassLoader().getResourceAsStream(DemoUtility.NETWORK_RESOURCE))) {
            model = HydraulicModel.read(in, "L-Town");
        }
        Set<String> junctions = new HashSet<>();
        for (int j = 0; j < model.junctionCount(); j++) {
            junctions.add(model.nodeId(j));
        }
        // no customer meters here: each zone draws its unmetered background, the burst comes on top
        AtomicReference<SimulatedNetworkField> field = new AtomicReference<>();
        List<SimulatedZoneInflow> inflows = ReplayPlan.zoneInflows(
                utility, List.of(), (zone, hour) -> field.get().burstLitresPerSecond(zone, hour));
        field.set(new SimulatedNetworkField(
                model,
                ReplayPlan.zoneOfJunction(utility),
                DemoUtility.loadPressureSensorNodes(),
                inflows.stream().collect(Collectors.toMap(SimulatedZoneInflow::zone, i -> i)),
                events,
                ZoneOffset.ofHours(2)));
        List<Reading> scada = new ArrayList<>();
        for (SimulatedPressureSensor sensor : ReplayPlan.pressureSensors(utility, events, field.get(), junctions)) {
            for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(15))) {
                scada.add(new Reading(sensor.sensorId(), Measurand.PRESSURE, t, sensor.kilopascals(t)));
            }
        }
        for (SimulatedZoneInflow inflow : inflows) {
            for (Instant h = from; h.plus(Duration.ofHours(1)).isBefore(to); h = h.plus(Duration.ofHours(1))) {
                scada.add(new Reading(inflow.sensorId(), Measurand.FLOW, h, inflow.measuredLitresPerSecond(h)));
            }
        }
        return scada;
    }

    private JsonNode get(String path) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
