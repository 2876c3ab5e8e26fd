package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.headwater.testkit.SettableClock;
import org.headwater.workorder.CmmsGateway.CmmsRejected;
import org.headwater.workorder.CmmsReceipt;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling and editing an order the CMMS already holds, through each connector against a server that enforces the
 * documented shape: Maximo's status PATCH with a memo of at most 50 characters and its {@code _rowstamp} lock, EAM's
 * {@code recordid} lock, the webhook's signed events under their own idempotency keys.
 */
class OutboundChangesConnectorTest {

    private static final String KEY = "test-api-key";
    private static final String LONG_REASON =
            "The crew found the meter already replaced by the contractor during last week's programme";
    private static final CmmsTimeouts TIMEOUTS = new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Test
    void maximoCancelsWithStatusCanAndTheReasonCutToFiftyCharactersAndASecondCancelSendsNothing() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, KEY)) {
            MaximoConnector connector = maximo(maximo);
            WorkOrder order = CmmsTestOrders.order("WO-000001");
            connector.send(order);

            CmmsReceipt cancelled = connector.cancel(order, LONG_REASON).orElseThrow();
            long requests = maximo.traffic().requests();
            CmmsReceipt again = connector.cancel(order, LONG_REASON).orElseThrow();

            assertThat(LONG_REASON).hasSizeGreaterThan(50);
            assertThat(cancelled.cmmsStatus()).isEqualTo("CAN");
            assertThat(cancelled.status()).isEqualTo(WorkOrderStatus.CANCELLED);
            assertThat(maximo.statusOf(order.id())).contains("CAN");
            assertThat(again.cmmsStatus()).isEqualTo("CAN");
            assertThat(maximo.traffic().requests() - requests)
                    .as("only the lookup")
                    .isEqualTo(1);
        }
    }

    @Test
    void maximoIsToldNothingAboutACancelledOrderItNeverReceived() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, KEY)) {
            assertThat(maximo(maximo).cancel(CmmsTestOrders.order("WO-000002"), "duplicate"))
                    .isEmpty();
            assertThat(maximo.records()).isZero();
        }
    }

    @Test
    void maximoGetsOnlyTheEditedFieldsAndAStaleRowstampIsReadAgainAndRetriedOnce() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, KEY)) {
            MaximoConnector connector = maximo(maximo);
            WorkOrder order = CmmsTestOrders.order("WO-000003");
            String wonum = connector.send(order).cmmsNumber();
            Object firstTitle = maximo.field(wonum, "description").orElseThrow();
            WorkOrder edited = CmmsTestOrders.titled(order.id(), "Check meter M-1 and the service line");

            maximo.changedByOthersBeforeNext(1);
            connector.update(edited, Set.of("priority")).orElseThrow();
            assertThat(maximo.field(wonum, "description"))
                    .as("the title was not among the edited fields")
                    .contains(firstTitle);

            connector.update(edited, Set.of("title")).orElseThrow();
            assertThat(maximo.field(wonum, "description")).contains("Check meter M-1 and the service line");
            assertThat(maximo.records()).isEqualTo(1);
        }
    }

    @Test
    void maximoRefusesToCancelCompletedWorkWithItsOwnMessage() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, KEY)) {
            MaximoConnector connector = maximo(maximo);
            WorkOrder order = CmmsTestOrders.order("WO-000004");
            String wonum = connector.send(order).cmmsNumber();
            maximo.advance(wonum, "COMP");

            assertThatThrownBy(() -> connector.cancel(order, "not needed"))
                    .isInstanceOf(CmmsRejected.class)
                    .hasMessageContaining("simulated CMMS");
            assertThat(maximo.statusOf(order.id())).contains("COMP");
        }
    }

    @Test
    void eamCancelsWithStatusCancAndEditsTheDescriptionReadingAStaleRecordIdAgain() throws Exception {
        try (StrictEamServer eam = new StrictEamServer("UTILITY1", "WATER", "eam-key", Clock.systemUTC())) {
            EamConnector connector = new EamConnector(
                    EamSettings.of(eam.restServices(), "UTILITY1", "WATER", "eam-key"), Clock.systemUTC());
            WorkOrder order = CmmsTestOrders.order("WO-000005");
            connector.send(order);
            WorkOrder edited = CmmsTestOrders.titled(order.id(), "Check meter M-1 and the service line");

            eam.concurrentEdits = 1;
            connector.update(edited, Set.of("title", "checklist")).orElseThrow();
            CmmsReceipt cancelled = connector.cancel(edited, "duplicate").orElseThrow();

            JsonNode record = eam.record("10001");
            assertThat(record.path("WORKORDERID").path("DESCRIPTION").asString())
                    .isEqualTo("Check meter M-1 and the service line");
            assertThat(cancelled.cmmsStatus()).isEqualTo("CANC");
            assertThat(record.path("STATUS").path("STATUSCODE").asString()).isEqualTo("CANC");
        }
    }

    @Test
    void theWebhookGetsSignedUpdateAndCancelEventsUnderTheirOwnKeys() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2025-05-06T03:00:00Z"));
        try (WebhookReceiver receiver = new WebhookReceiver("shared-secret", clock)) {
            WebhookCmms webhook = new WebhookCmms(
                    WebhookCmmsSettings.of(receiver.url(), "shared-secret").withTimeouts(TIMEOUTS), clock);
            WorkOrder order = CmmsTestOrders.order("WO-000006");
            webhook.send(order);
            WorkOrder edited = CmmsTestOrders.titled(order.id(), "Check meter M-1 and the service line");

            webhook.update(edited, Set.of("title")).orElseThrow();
            webhook.cancel(edited, "duplicate").orElseThrow();
            CmmsReceipt again = webhook.cancel(edited, "duplicate").orElseThrow();

            assertThat(receiver.records()).isEqualTo(3);
            JsonNode update = receiver.record(order.id() + ":updated:" + edited.version());
            assertThat(update.path("event").asString()).isEqualTo("updated");
            assertThat(update.path("changed_fields").get(0).asString()).isEqualTo("title");
            assertThat(update.path("work_order").path("title").asString())
                    .isEqualTo("Check meter M-1 and the service line");
            JsonNode cancel = receiver.record(order.id() + ":cancelled");
            assertThat(cancel.path("reason").asString()).isEqualTo("duplicate");
            assertThat(again.existed())
                    .as("a repeated cancel is the same event")
                    .isTrue();
        }
    }

    private static MaximoConnector maximo(SimulatedMaximo maximo) {
        return new MaximoConnector(
                MaximoSettings.of(maximo.collection(), KEY, "BEDFORD", "EAGLENA")
                        .withTimeouts(TIMEOUTS),
                Clock.systemUTC());
    }
}
