package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.headwater.workorder.CmmsChanges;
import org.headwater.workorder.CmmsGateway.CmmsRejected;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;
import org.headwater.workorder.CmmsReceipt;
import org.headwater.workorder.CmmsStatusChange;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaximoConnectorTest {

    private static final String KEY = "test-api-key";

    private SimulatedMaximo maximo;
    private MaximoSettings settings;
    private MaximoConnector connector;

    @BeforeEach
    void start() throws Exception {
        maximo = SimulatedMaximo.start(0, KEY);
        settings = MaximoSettings.of(maximo.collection(), KEY, "BEDFORD", "EAGLENA")
                .withTimeouts(new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        connector = new MaximoConnector(settings, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        maximo.close();
    }

    @Test
    void anOrderIsCreatedWithTheDocumentedFieldsAndAcknowledgedUnderMaximosNumber() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000001");

        CmmsReceipt receipt = connector.send(order);

        assertThat(receipt.cmmsNumber()).isEqualTo("1001");
        assertThat(receipt.cmmsStatus()).isEqualTo("WAPPR");
        assertThat(receipt.status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(receipt.existed()).isFalse();
        assertThat(maximo.field("1001", "externalrefid")).contains("WO-000001");
        assertThat(maximo.field("1001", "siteid")).contains("BEDFORD");
        assertThat(maximo.field("1001", "worktype")).contains("CM");
        assertThat(maximo.field("1001", "wopriority")).contains(2L);
        assertThat(maximo.field("1001", "assetnum")).contains("M-1");
        assertThat(maximo.field("1001", "location")).contains("Z1");
    }

    @Test
    void anOverLongTitleIsCutToOneHundredCharactersAndSentWholeInTheLongDescription() throws Exception {
        String title = "Inspect the 300 mm cast-iron main on Elm Street between the reservoir outlet and "
                + "the pressure-reducing valve at Oak Avenue for the third time";
        WorkOrder order = CmmsTestOrders.titled("WO-000002", title);

        String wonum = connector.send(order).cmmsNumber();

        String description = (String) maximo.field(wonum, "description").orElseThrow();
        assertThat(title).hasSizeGreaterThan(100);
        assertThat(description).hasSize(100).endsWith("…").startsWith("Inspect the 300 mm");
        assertThat((String) maximo.field(wonum, "description_longdescription").orElseThrow())
                .startsWith(title)
                .contains("Checklist:", "- Read the register", "alert:M-1/CONTINUOUS_LEAK/", "1 Main St");
    }

    @Test
    void aSendAfterMaximoAcceptedButTheAnswerTimedOutFindsTheRecordInsteadOfCreatingASecond() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000003");
        connector.find(order.id()); // warm the connection so only the held answer times out
        MaximoConnector impatient = new MaximoConnector(
                settings.withTimeouts(new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))),
                Clock.systemUTC());
        maximo.acceptThenTimeout(1.0, Duration.ofSeconds(3));

        assertThatThrownBy(() -> impatient.send(order))
                .isInstanceOf(CmmsUnavailable.class)
                .hasMessageContaining("HttpTimeoutException");
        maximo.healthy();
        CmmsReceipt again = connector.send(order);

        assertThat(again.existed()).isTrue();
        assertThat(maximo.countByExternalRef("WO-000003")).isEqualTo(1);
        assertThat(maximo.records()).isEqualTo(1);
    }

    @Test
    void aStatusChangeIsPatchedWithItsMemoCutToFiftyCharacters() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000004");
        connector.send(order);
        String memo = "Approved by the distribution superintendent after reviewing the pressure trend";

        MaximoRecord approved = connector.changeStatus(order.id(), "APPR", memo);

        assertThat(memo).hasSizeGreaterThan(50);
        assertThat(approved.status()).isEqualTo("APPR");
        assertThat(maximo.statusOf(order.id())).contains("APPR");
    }

    @Test
    void editedContentIsPatchedOntoTheRecordMaximoHolds() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000005");
        String wonum = connector.send(order).cmmsNumber();
        WorkOrder edited = CmmsTestOrders.titled(order.id(), "Check meter M-1 and the service line");

        MaximoRecord updated = connector.update(order.id(), edited.content());

        assertThat(updated.wonum()).isEqualTo(wonum);
        assertThat(maximo.field(wonum, "description")).contains("Check meter M-1 and the service line");
        assertThat(maximo.records()).isEqualTo(1);
    }

    @Test
    void statusSyncFollowsThePagesAndResumesAfterTheCursor() throws Exception {
        MaximoConnector paged = new MaximoConnector(settings.withPageSize(2), Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            paged.send(CmmsTestOrders.order("WO-00001" + i));
        }
        maximo.advance("1002", "APPR");
        maximo.advance("1002", "INPRG");

        CmmsChanges first = paged.changesSince(null);

        assertThat(first.changes())
                .extracting(CmmsStatusChange::workOrderId)
                .containsExactlyInAnyOrder("WO-000011", "WO-000012", "WO-000013", "WO-000014", "WO-000015");
        assertThat(first.changes())
                .filteredOn(c -> c.workOrderId().equals("WO-000012"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.cmmsStatus()).isEqualTo("INPRG");
                    assertThat(c.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
                    assertThat(c.cmmsNumber()).isEqualTo("1002");
                });

        maximo.advance("1004", "COMP");
        maximo.advance("1005", "CAN");
        CmmsChanges second = paged.changesSince(first.cursor());

        assertThat(second.changes())
                .extracting(CmmsStatusChange::workOrderId, CmmsStatusChange::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("WO-000014", WorkOrderStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("WO-000015", WorkOrderStatus.CANCELLED));
        assertThat(paged.changesSince(second.cursor()).changes()).isEmpty();
    }

    @Test
    void aCompletedOrClosedOrderBringsTheCrewsWorkLogBackAsCloseOutNotes() throws Exception {
        connector.send(CmmsTestOrders.order("WO-000031"));
        connector.send(CmmsTestOrders.order("WO-000032"));
        maximo.advance("1001", "INPRG");
        maximo.addWorkLog("1001", "JSMITH", "Valve box buried under asphalt; dug out.");
        String long150 = "Replaced the meter washer and tested for 15 minutes at 60 psi with no drop; "
                + "customer shown how to read the leak indicator and told to call if it moves again.";
        maximo.addWorkLog("1001", "JSMITH", long150);
        maximo.advance("1002", "INPRG");
        maximo.addWorkLog("1002", "AKHAN", "Started; waiting for the second crew.");

        CmmsChanges inProgress = connector.changesSince(null);
        maximo.advance("1001", "COMP");
        CmmsChanges completed = connector.changesSince(inProgress.cursor());

        assertThat(inProgress.changes())
                .as("the work log is read only once the order is completed or closed")
                .allSatisfy(c -> assertThat(c.notes()).isNull());
        CmmsStatusChange done = completed.changes().getFirst();
        assertThat(done.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(done.notes().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).contains("JSMITH: Valve box buried under asphalt; dug out.");
            assertThat(lines.get(1)).endsWith("JSMITH: " + long150);
        });
        maximo.advance("1001", "CLOSE");
        assertThat(connector
                        .changesSince(completed.cursor())
                        .changes()
                        .getFirst()
                        .notes())
                .isEqualTo(done.notes());
    }

    @Test
    void theSimulatorRefusesAWorkLogSelectionNamingAnAttributeMaximoDoesNotHave() throws Exception {
        connector.send(CmmsTestOrders.order("WO-000033"));
        String href = connector.find("WO-000033").orElseThrow().href().toString();

        String answer = get(href + "?lean=1&oslc.select="
                + URLEncoder.encode("worklog{description,crewnotes}", StandardCharsets.UTF_8));
        String unknownChild = get(href + "?lean=1&oslc.select="
                + URLEncoder.encode("wonum,labtrans{regularhrs}", StandardCharsets.UTF_8));

        assertThat(answer).startsWith("400").contains("unknown worklog attribute crewnotes");
        assertThat(unknownChild).startsWith("400").contains("unknown child object labtrans");
    }

    @Test
    void aStatusTheMapDoesNotKnowIsAClearErrorNamingIt() throws Exception {
        Map<String, WorkOrderStatus> withoutMaterials =
                new LinkedHashMap<>(CmmsStatusMap.maximoDefaults().toOurs());
        withoutMaterials.remove("WMATL");
        MaximoConnector strict = new MaximoConnector(
                settings.withStatusMap(new CmmsStatusMap("maximo", withoutMaterials)), Clock.systemUTC());
        strict.send(CmmsTestOrders.order("WO-000021"));
        maximo.advance("1001", "WMATL");

        assertThatThrownBy(() -> strict.changesSince(null))
                .isInstanceOf(CmmsStatusMap.UnknownCmmsStatus.class)
                .hasMessageContaining("status: maximo reported status 'WMATL'");
    }

    @Test
    void aWrongApiKeyIsRejectedWithMaximosMessage() {
        MaximoConnector stranger = new MaximoConnector(
                MaximoSettings.of(maximo.collection(), "wrong", "BEDFORD", "EAGLENA"), Clock.systemUTC());

        assertThatThrownBy(() -> stranger.send(CmmsTestOrders.order("WO-000031")))
                .isInstanceOf(CmmsRejected.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("apikey");
    }

    @Test
    void aMaximoThatIsDownOrUnreachableIsUnavailableNotARejection() throws Exception {
        maximo.down(true);

        assertThatThrownBy(() -> connector.send(CmmsTestOrders.order("WO-000041")))
                .isInstanceOf(CmmsUnavailable.class)
                .hasMessageContaining("HTTP 503");

        maximo.close();
        assertThatThrownBy(() -> connector.send(CmmsTestOrders.order("WO-000041")))
                .isInstanceOf(CmmsUnavailable.class)
                .hasMessageContaining("ConnectException");
    }

    @Test
    void theSimulatorRefusesWhatMaximoWouldRefuse() throws Exception {
        connector.send(CmmsTestOrders.order("WO-000051"));
        String href = connector.find("WO-000051").orElseThrow().href().toString();

        assertThat(post(
                        maximo.collection() + "?lean=1",
                        Map.of("apikey", KEY, "properties", "*"),
                        "{\"wonum\":\"&AUTOKEY&\",\"siteid\":\"S\",\"orgid\":\"O\",\"description\":\"d\","
                                + "\"status\":\"WAPPR\",\"crew\":\"A\"}"))
                .contains("400", "attribute crew is not in object structure");
        assertThat(post(
                        maximo.collection() + "?lean=1",
                        Map.of("apikey", KEY),
                        "{\"wonum\":\"&AUTOKEY&\",\"siteid\":\"S\",\"orgid\":\"O\",\"description\":\"d\","
                                + "\"status\":\"WAPPR\"}"))
                .contains("400", "properties header");
        assertThat(post(
                        maximo.collection() + "?lean=1",
                        Map.of("apikey", KEY, "properties", "*"),
                        "{\"wonum\":\"&AUTOKEY&\",\"siteid\":\"S\",\"orgid\":\"O\",\"description\":\"" + "x".repeat(101)
                                + "\",\"status\":\"WAPPR\"}"))
                .contains("400", "description is 101 characters");
        assertThat(post(
                        href + "?lean=1",
                        Map.of("apikey", KEY, "properties", "*", "x-method-override", "PATCH"),
                        "{\"status\":\"APPR\",\"np_statusmemo\":\"" + "m".repeat(51) + "\"}"))
                .contains("400", "np_statusmemo is 51 characters", "whole change is rejected");
        assertThat(maximo.statusOf("WO-000051"))
                .as("nothing of the refused change applied")
                .contains("WAPPR");
        assertThat(post(
                        href + "?lean=1",
                        Map.of("apikey", KEY, "properties", "*", "x-method-override", "PATCH", "If-Match", "1"),
                        "{\"status\":\"APPR\"}"))
                .contains("412", "changed by another user");
        assertThat(post(
                        href + "?lean=1",
                        Map.of("apikey", KEY, "properties", "*", "x-method-override", "PATCH"),
                        "{\"status\":\"HOLD\"}"))
                .contains("400", "status HOLD is not valid");
    }

    /** The status code and body of a raw GET with the right key. */
    private static String get(String uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("apikey", KEY)
                .GET()
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        }
    }

    /** The status code and body of a raw POST. */
    private static String post(String uri, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue(SimulatedMaximo.LABEL_HEADER))
                    .isPresent();
            return response.statusCode() + " " + response.body();
        }
    }
}
