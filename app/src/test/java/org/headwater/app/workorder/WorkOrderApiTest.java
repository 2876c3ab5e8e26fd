package org.headwater.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.testkit.AlertBuilder;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Work orders in the running server: alerts delivered to the {@code work-orders} consumer and an investigation's
 * field step become drafts; people approve, reject and edit them over HTTP, each decision checked and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkOrderApiTest {

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
    UserAccounts users;

    @Autowired
    AlertPipeline pipeline;

    @Autowired
    WorkOrders orders;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void townAndPeople() {
        if (users.exists("amy")) {
            return;
        }
        Network.Builder town = Network.builder("work-order-town");
        for (String n : List.of("1", "2", "3")) {
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
        users.create("amy", PASSWORD, Set.of(Role.AMI_MANAGER));
        users.create("sam", PASSWORD, Set.of(Role.DISTRIBUTION_SUPERINTENDENT));
        users.create("cara", PASSWORD, Set.of(Role.CUSTOMER_SERVICE));
    }

    private HttpResponse<String> as(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private List<WorkOrder> awaitOrders(WorkOrderType type, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> orders.list(new WorkOrderQuery(Set.of(), Set.of(type), null, null, 100)),
                        // a draft enters the approval queue a moment after it is stored
                        list -> list.size() == count
                                && list.stream().noneMatch(o -> o.status() == WorkOrderStatus.DRAFTED));
    }

    private WorkOrder awaitOpen(org.headwater.workorder.ProblemKey problem, WorkOrderType type) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> orders.findOpen(problem, type),
                        // the draft enters the queue a moment after it is stored
                        open -> open.filter(o -> o.status() == WorkOrderStatus.AWAITING_APPROVAL)
                                .isPresent())
                .orElseThrow();
    }

    @Test
    void twoLeakAlertsAtOnePremiseBecomeOneMeterCheckTheAmiManagerApproves() throws Exception {
        pipeline.publish(List.of(new AlertEvent.AlertRaised(AlertBuilder.anAlert()
                .from("M1")
                .of(AlertType.CONTINUOUS_LEAK)
                .at("2024-06-01T03:00:00Z")
                .atPremise("PR1")
                .build())));
        WorkOrder check = awaitOrders(WorkOrderType.METER_CHECK, 1).get(0);
        assertThat(check.status()).isEqualTo(WorkOrderStatus.AWAITING_APPROVAL);
        pipeline.publish(List.of(new AlertEvent.AlertRaised(AlertBuilder.anAlert()
                .from("M1b")
                .of(AlertType.CONTINUOUS_LEAK)
                .at("2024-06-02T03:00:00Z")
                .atPremise("PR1")
                .build())));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> orders.find(check.id())
                                .orElseThrow()
                                .content()
                                .evidence()
                                .alertIds()
                                .size()
                        == 2);
        assertThat(awaitOrders(WorkOrderType.METER_CHECK, 1))
                .extracting(WorkOrder::id)
                .containsExactly(check.id());
        WorkOrder current = orders.find(check.id()).orElseThrow();

        HttpResponse<String> bySuperintendent = as(
                "sam",
                "POST",
                "/api/v1/work-orders/" + check.id() + "/approve",
                "{\"version\":" + current.version() + "}");
        assertThat(bySuperintendent.statusCode()).isEqualTo(403);
        assertThat(bySuperintendent.body()).contains("AMI_MANAGER");
        HttpResponse<String> stale = as(
                "amy",
                "POST",
                "/api/v1/work-orders/" + check.id() + "/approve",
                "{\"version\":" + check.version() + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed meanwhile");
        HttpResponse<String> approved = as(
                "amy",
                "POST",
                "/api/v1/work-orders/" + check.id() + "/approve",
                "{\"version\":" + current.version() + "}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"decidedBy\":\"amy\"");

        HttpResponse<String> again = as(
                "amy",
                "POST",
                "/api/v1/work-orders/" + check.id() + "/reject",
                "{\"version\":" + (current.version() + 1) + ",\"reason\":\"too late\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("APPROVED").contains("REJECTED");
        assertThat(as("admin", "GET", "/api/v1/audit?limit=500", "").body())
                .contains("workorder.drafted")
                .contains("workorder.evidence-added")
                .contains("workorder.approved");
    }

    @Test
    void anEditBeforeApprovalIsKeptAsADiffAndARejectionNeedsAReason() throws Exception {
        pipeline.publish(List.of(new AlertEvent.AlertRaised(AlertBuilder.anAlert()
                .from("M2")
                .of(AlertType.CONTINUOUS_LEAK)
                .at("2024-06-03T03:00:00Z")
                .atPremise("PR2")
                .build())));
        WorkOrder contact =
                awaitOpen(org.headwater.workorder.ProblemKey.premise("PR2"), WorkOrderType.CUSTOMER_CONTACT);

        HttpResponse<String> edited = as(
                "cara",
                "PUT",
                "/api/v1/work-orders/" + contact.id(),
                "{\"version\":" + contact.version() + ",\"content\":{\"priority\":\"HIGH\"}}");
        assertThat(edited.statusCode()).isEqualTo(200);
        HttpResponse<String> view = as("cara", "GET", "/api/v1/work-orders/" + contact.id(), "");
        assertThat(view.body())
                .contains("\"field\":\"priority\"")
                .contains("\"before\":\"LOW\"")
                .contains("\"after\":\"HIGH\"")
                .contains("\"approverRole\":\"CUSTOMER_SERVICE\"")
                .contains("\"approvalDeadline\"");

        HttpResponse<String> noReason = as(
                "cara",
                "POST",
                "/api/v1/work-orders/" + contact.id() + "/reject",
                "{\"version\":" + (contact.version() + 1) + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> rejected = as(
                "cara",
                "POST",
                "/api/v1/work-orders/" + contact.id() + "/reject",
                "{\"version\":" + (contact.version() + 1) + ",\"reason\":\"customer called in, already fixed\"}");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(as("cara", "GET", "/api/v1/work-orders/WO-999999", "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void reachingTheFieldStepOfAnInvestigationDraftsTheFieldVisit() throws Exception {
        as("admin", "POST", "/api/v1/ingest/reads", """
                {"alarms":[{"meter":"M3","time":"2024-06-04T10:00:00Z","code":"REVERSE_FLOW"}]}""");
        String alert = "M3/BACKFLOW/2024-06-04T10:00:00Z";
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as("admin", "GET", "/api/v1/alerts/" + alert, "").statusCode() == 200);
        pipeline.publish(List.of(new AlertEvent.AlertRaised(AlertBuilder.anAlert()
                .from("M3")
                .of(AlertType.CONTINUOUS_LEAK)
                .at("2024-06-03T03:00:00Z")
                .atPremise("PR3")
                .build())));
        String meterCheck = awaitOpen(org.headwater.workorder.ProblemKey.premise("PR3"), WorkOrderType.METER_CHECK)
                .id();
        HttpResponse<String> opened = as("admin", "POST", "/api/v1/investigations", "{\"alertId\":\"" + alert + "\"}");
        Matcher id = Pattern.compile("\"id\":\"(inv-[^\"]+)\"").matcher(opened.body());
        assertThat(id.find()).isTrue();
        for (String step : List.of(
                "REVIEW_DATA",
                "CAN_DATA_REVIEW_DETERMINE_INVALID",
                "CAN_CONTAMINATION_BE_RULED_OUT",
                "INSPECT_ON_SITE")) {
            assertThat(as("admin", "POST", "/api/v1/investigations/" + id.group(1) + "/steps/" + step, "{}")
                            .statusCode())
                    .as(step)
                    .isEqualTo(200);
        }

        WorkOrder visit = orders.findOpen(
                        org.headwater.workorder.ProblemKey.investigation(id.group(1)), WorkOrderType.INSPECTION)
                .orElseThrow();
        assertThat(visit.content().checklist()).isNotEmpty();
        assertThat(visit.content().evidence().alertIds()).containsExactly(alert);
        assertThat(visit.content().evidence().investigationStep()).isEqualTo(5);
        assertThat(as("sam", "GET", "/api/v1/work-orders?status=AWAITING_APPROVAL&type=INSPECTION", "")
                        .body())
                .contains(visit.id());
    }
}
