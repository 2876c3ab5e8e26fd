package org.headwater.app.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.BeforeEach;
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
 * The what-if API on EPANET's Net1 as the server holds it after an import, with a hospital served by
 * junction 32 and a home by junction 31: the pump stops, a pipe breaks, and bad questions are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhatIfApiTest {

    static final String PASSWORD = "a-long-test-password";
    static final Path NET1 = Path.of("../data/epanet-networks/Net1.inp.gz");
    static final String MIDNIGHT = "2026-12-07T00:00:00Z";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
        registry.add("headwater.utility.zone", () -> "UTC");
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentNetwork network;

    @Autowired
    NetworkSources sources;

    @Autowired
    UserAccounts users;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void givenNet1WithAHospitalAtJunction32() throws IOException {
        synchronized (WhatIfApiTest.class) {
            if (users.exists("super")) {
                return;
            }
            network.replace(withCustomers(NetworkImport.read(NET1)));
            sources.save(new NetworkSource("Net1.inp.gz", Files.readAllBytes(NET1)));
            users.create("super", PASSWORD, Set.of(Role.DISTRIBUTION_SUPERINTENDENT));
            users.create("operator", PASSWORD, Set.of(Role.CONTROL_CENTER_OPERATOR));
            users.create("service", PASSWORD, Set.of(Role.CUSTOMER_SERVICE));
        }
    }

    static Network withCustomers(Network net1) {
        Network.Builder b = Network.builder(net1.name()).addAll(net1);
        customer(b, net1, "32", "General Hospital", "hospital");
        customer(b, net1, "31", "Home on 31", "");
        return b.build();
    }

    private static void customer(Network.Builder b, Network net, String node, String name, String criticalUse) {
        var at = net.element(node).orElseThrow().location();
        b.add(new NetworkElement(
                "PR-" + node,
                ElementKind.PREMISE,
                name,
                at,
                criticalUse.isEmpty() ? Map.of() : Map.of(Attr.CRITICAL_USE, criticalUse)));
        b.add(new NetworkElement("M-" + node, ElementKind.METER, "Meter " + node, at, Map.of()));
        b.add(new NetworkElement("SC-" + node, ElementKind.SERVICE_CONNECTION, "Service " + node, at, Map.of()));
        b.relate("SC-" + node, RelationType.STARTS_AT, node);
        b.relate("SC-" + node, RelationType.ENDS_AT, "PR-" + node);
        b.relate("M-" + node, RelationType.SERVES, "PR-" + node);
    }

    private HttpResponse<String> ask(String user, String body) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/what-if"))
                        .header("Authorization", "Basic " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode answer(String user, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = ask(user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String question(String action, String element) {
        return "{\"actions\":[{\"action\":\"" + action + "\",\"element\":\"" + element + "\"}],"
                + "\"durationHours\":24,\"start\":\"" + MIDNIGHT + "\"}";
    }

    private static List<String> nodesFirstBelowAfter(JsonNode report, long seconds) {
        List<String> nodes = new ArrayList<>();
        report.get("nodes").forEach(n -> {
            if (n.get("firstBelowSeconds").asLong() == seconds) {
                nodes.add(n.get("node").asString());
            }
        });
        return nodes.stream().sorted().toList();
    }

    @Test
    void stoppingThePumpEmptiesTheTankAtFourHoursSixMinutesAndCutsOffTheHospital() throws Exception {
        JsonNode report = answer("super", question("STOP_PUMP", "pump:9"));

        assertThat(report.get("actions").get(0).get("modelLink").asString()).isEqualTo("9");
        JsonNode tank = report.get("tanks").get(0);
        assertThat(tank.get("tank").asString()).isEqualTo("2");
        assertThat(tank.get("emptiesAfterSeconds").asLong()).isEqualTo(14_761);
        assertThat(tank.get("emptiesAt").asString()).isEqualTo("2026-12-07T04:06:01Z");
        assertThat(tank.get("emptiesWithoutActionsAfterSeconds").isNull()).isTrue();
        assertThat(nodesFirstBelowAfter(report, 14_761)).hasSize(9);
        JsonNode hospital = report.get("criticalCustomers").get(0);
        assertThat(hospital.get("premise").asString()).isEqualTo("PR-32");
        assertThat(hospital.get("criticalUse").asString()).isEqualTo("hospital");
        assertThat(hospital.get("firstAffectedAt").asString()).isEqualTo("2026-12-07T04:06:01Z");
        assertThat(report.get("premisesAffected").asInt()).isEqualTo(2);
        assertThat(report.get("metersAffected").asInt()).isEqualTo(2);
    }

    @Test
    void aBrokenPipeDropsJunction32AndItsHospitalBelowTwentyPsiAfterTwoHours() throws Exception {
        JsonNode report = answer("operator", question("BREAK_PIPE", "112"));

        assertThat(nodesFirstBelowAfter(report, 7_200)).containsExactly("32");
        assertThat(nodesFirstBelowAfter(report, 14_400)).containsExactly("12", "13", "22", "31");
        JsonNode first = report.get("nodes").get(0);
        assertThat(first.get("meters").get(0).asString()).isEqualTo("M-32");
        assertThat(first.get("lowestPsi").asDouble()).isLessThan(20);
        assertThat(first.get("belowWithoutActions").asBoolean()).isFalse();
        assertThat(first.get("pressurePsi").size())
                .isEqualTo(report.get("times").size());
        assertThat(report.get("criticalCustomers")
                        .get(0)
                        .get("firstAffectedSeconds")
                        .asLong())
                .isEqualTo(7_200);
        JsonNode twoHours = null;
        for (JsonNode step : report.get("steps")) {
            if (step.get("seconds").asLong() == 7_200) {
                twoHours = step;
            }
        }
        assertThat(twoHours).as("the step at 2 h").isNotNull();
        assertThat(twoHours.get("nodesBelow").asInt()).isEqualTo(1);
        assertThat(twoHours.get("premisesBelow").asInt()).isEqualTo(1);
    }

    @Test
    void aHigherMinimumPressureIsHonoured() throws Exception {
        JsonNode report = answer(
                "super",
                "{\"actions\":[{\"action\":\"CLOSE_LINK\",\"element\":\"122\"}],\"minimumPressurePsi\":110,"
                        + "\"durationHours\":6,\"start\":\"" + MIDNIGHT + "\"}");

        assertThat(report.get("minimumPressurePsi").asDouble()).isEqualTo(110);
        assertThat(report.get("nodes").size()).isPositive();
        assertThat(report.get("times").get(report.get("times").size() - 1).asLong())
                .isEqualTo(6 * 3600);
    }

    @Test
    void unknownElementsAndIllegalActionsAreRefusedNamingTheElement() throws Exception {
        assertRefused(question("CLOSE_LINK", "no-such-pipe"), "unknown element 'no-such-pipe'");
        assertRefused(question("STOP_PUMP", "112"), "link '112' is a PIPE, not a pump");
        assertRefused(question("BREAK_PIPE", "pump:9"), "link '9' is a PUMP, not a pipe");
        assertRefused(question("CLOSE_LINK", "10"), "element '10' is a JUNCTION");
        assertRefused(question("OPEN_HYDRANT", "112"), "action 'OPEN_HYDRANT' on element '112'");
        assertRefused("{\"actions\":[]}", "actions");
        assertRefused(
                "{\"actions\":[{\"action\":\"STOP_PUMP\",\"element\":\"pump:9\"}],\"durationHours\":1000}", "duration");
    }

    private void assertRefused(String body, String detail) throws Exception {
        HttpResponse<String> response = ask("super", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains(detail);
    }

    @Test
    void customerServiceMayNotRunWhatIfs() throws Exception {
        assertThat(ask("service", question("STOP_PUMP", "pump:9")).statusCode()).isEqualTo(403);
    }
}
