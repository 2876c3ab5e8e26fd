package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
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
import tools.jackson.databind.node.ObjectNode;

class EamConnectorTest {

    private StrictEamServer eam;
    private EamSettings settings;
    private EamConnector connector;

    @BeforeEach
    void start() throws Exception {
        eam = new StrictEamServer("UTILITY1", "WATER", "eam-key", Clock.systemUTC());
        settings = EamSettings.of(eam.restServices(), "UTILITY1", "WATER", "eam-key");
        connector = new EamConnector(settings, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        eam.close();
    }

    @Test
    void anOrderIsCreatedInTheDocumentedShapeAndAcknowledgedUnderItsJobNumber() throws Exception {
        CmmsReceipt receipt = connector.send(CmmsTestOrders.order("WO-000001"));

        assertThat(receipt.cmmsNumber()).isEqualTo("10001");
        assertThat(receipt.cmmsStatus()).isEqualTo("R");
        assertThat(receipt.status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        ObjectNode record = eam.record("10001");
        assertThat(record.path("WORKORDERID")
                        .path("ORGANIZATIONID")
                        .path("ORGANIZATIONCODE")
                        .asString())
                .isEqualTo("WATER");
        assertThat(record.path("TYPE").path("TYPECODE").asString()).isEqualTo("CORR");
        assertThat(record.path("PRIORITY").path("PRIORITYCODE").asString()).isEqualTo("2");
        assertThat(record.path("EQUIPMENTID").path("EQUIPMENTCODE").asString()).isEqualTo("M-1");
        assertThat(record.path("LOCATIONID").path("LOCATIONCODE").asString()).isEqualTo("Z1");
        assertThat(record.path("USERDEFINEDAREA").path("UDFCHAR01").asString()).isEqualTo("WO-000001");
    }

    @Test
    void anOverLongTitleIsCutToEightyCharacters() throws Exception {
        String title = "Inspect the 300 mm cast-iron main on Elm Street between the reservoir outlet and the PRV";

        connector.send(CmmsTestOrders.titled("WO-000002", title));

        String description =
                eam.record("10001").path("WORKORDERID").path("DESCRIPTION").asString();
        assertThat(title).hasSizeGreaterThan(80);
        assertThat(description).hasSize(80).endsWith("…");
    }

    @Test
    void aSendAfterEamAcceptedButTheAnswerTimedOutFindsTheRecord() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000003");
        connector.find(order.id()); // warm the connection so only the held answer times out
        EamConnector impatient = new EamConnector(
                new EamSettings(
                        settings.restServices(),
                        "UTILITY1",
                        "WATER",
                        "eam-key",
                        "UDFCHAR01",
                        "WO-",
                        "R",
                        settings.types(),
                        settings.priorities(),
                        100,
                        CmmsStatusMap.eamDefaults(),
                        new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))),
                Clock.systemUTC());
        eam.holdNextCreate = Duration.ofSeconds(2);

        assertThatThrownBy(() -> impatient.send(order)).isInstanceOf(CmmsUnavailable.class);
        CmmsReceipt again = impatient.send(order);

        assertThat(again.existed()).isTrue();
        assertThat(eam.countByReference("WO-000003")).isEqualTo(1);
    }

    @Test
    void aStaleRecordIdIsReadAgainAndTheChangeRetriedOnce() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000004");
        connector.send(order);
        eam.concurrentEdits = 1;

        EamRecord started = connector.changeStatus(order.id(), "IP");

        assertThat(started.status()).isEqualTo("IP");
        // created at 1, edited by another user to 2, our retried change makes it 3
        assertThat(started.recordId()).isEqualTo(3);
    }

    @Test
    void aRecordChangedAgainDuringTheRetryIsRefusedWithEamsMessage() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000005");
        connector.send(order);
        eam.concurrentEdits = 2;

        assertThatThrownBy(() -> connector.changeStatus(order.id(), "IP"))
                .isInstanceOf(CmmsRejected.class)
                .hasMessageContaining("modified by another user");
        assertThat(eam.record("10001").path("STATUS").path("STATUSCODE").asString())
                .isEqualTo("R");
    }

    @Test
    void editedContentIsPatchedOntoTheRecordEamHolds() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000006");
        connector.send(order);

        connector.update(
                order.id(),
                CmmsTestOrders.titled(order.id(), "Check meter M-1 and the service line")
                        .content());

        assertThat(eam.record("10001").path("WORKORDERID").path("DESCRIPTION").asString())
                .isEqualTo("Check meter M-1 and the service line");
        assertThat(eam.record("10001").path("WORKORDERID").path("JOBNUM").asString())
                .isEqualTo("10001");
    }

    @Test
    void statusSyncFollowsThePagesAndResumesFromTheLatestUpdate() throws Exception {
        EamConnector paged = new EamConnector(settings.withPageSize(2), Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            paged.send(CmmsTestOrders.order("WO-00001" + i));
        }
        eam.advance("10002", "IP");

        CmmsChanges first = paged.changesSince(null);

        assertThat(first.changes())
                .extracting(CmmsStatusChange::workOrderId)
                .containsExactlyInAnyOrder("WO-000011", "WO-000012", "WO-000013", "WO-000014", "WO-000015");
        assertThat(first.changes())
                .filteredOn(c -> c.cmmsNumber().equals("10002"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS));

        eam.advance("10004", "C");
        CmmsChanges second = paged.changesSince(first.cursor());

        assertThat(second.changes())
                .as("the last record of the first pass is read again (inclusive cursor), then what changed")
                .extracting(CmmsStatusChange::cmmsNumber)
                .containsExactly("10002", "10004");
        assertThat(second.changes().getLast().status()).isEqualTo(WorkOrderStatus.COMPLETED);
    }

    @Test
    void aCompletedOrderBringsTheCommentsEamHoldsBackAsCloseOutNotes() throws Exception {
        connector.send(CmmsTestOrders.order("WO-000061"));
        connector.send(CmmsTestOrders.order("WO-000062"));
        eam.advance("10001", "IP");
        eam.addComment("10001", "JSMITH", "Hydrant flushed for 20 minutes; water clear at the end.");
        eam.addComment("10001", "JSMITH", "Chlorine residual 0.8 mg/L after flushing.");
        eam.advance("10002", "IP");
        eam.addComment("10002", "AKHAN", "Crew on site.");

        CmmsChanges started = connector.changesSince(null);
        eam.advance("10001", "C");
        CmmsChanges completed = connector.changesSince(started.cursor());

        assertThat(started.changes())
                .as("comments are read only once the order is completed or closed")
                .allSatisfy(c -> assertThat(c.notes()).isNull());
        CmmsStatusChange done = completed.changes().stream()
                .filter(c -> c.cmmsNumber().equals("10001"))
                .findFirst()
                .orElseThrow();
        assertThat(done.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(done.notes().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).endsWith("JSMITH: Hydrant flushed for 20 minutes; water clear at the end.");
            assertThat(lines.get(1)).endsWith("JSMITH: Chlorine residual 0.8 mg/L after flushing.");
        });
    }

    @Test
    void aStatusTheMapDoesNotKnowIsAClearErrorNamingIt() throws Exception {
        connector.send(CmmsTestOrders.order("WO-000021"));
        eam.advance("10001", "HOLD");

        assertThatThrownBy(() -> connector.changesSince(null))
                .isInstanceOf(CmmsStatusMap.UnknownCmmsStatus.class)
                .hasMessageContaining("status: eam reported status 'HOLD'");
    }

    @Test
    void theWrongTenantIsRefusedByTheServer() {
        EamConnector elsewhere =
                new EamConnector(EamSettings.of(eam.restServices(), "OTHER", "WATER", "eam-key"), Clock.systemUTC());

        assertThatThrownBy(() -> elsewhere.send(CmmsTestOrders.order("WO-000031")))
                .isInstanceOf(CmmsRejected.class)
                .hasMessageContaining("HTTP 400: the tenant and organization headers are required");
    }
}
