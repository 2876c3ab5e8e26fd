package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.testkit.SettableClock;
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
import tools.jackson.databind.JsonNode;

class WebhookCmmsTest {

    private static final String SECRET = "shared-secret";
    private static final Instant NOW = Instant.parse("2025-05-06T03:00:00Z");

    private final SettableClock clock = new SettableClock(NOW);
    private WebhookReceiver receiver;
    private WebhookCmms webhook;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SECRET, clock);
        webhook = new WebhookCmms(
                WebhookCmmsSettings.of(receiver.url(), SECRET)
                        .withTimeouts(new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))),
                clock);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void theBlueprintPayloadArrivesSignedWithTheOrdersIdAsIdempotencyKey() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000001");

        CmmsReceipt receipt = webhook.send(order);

        assertThat(receipt.cmmsNumber()).isEqualTo("CM-1");
        assertThat(receipt.status()).isEqualTo(WorkOrderStatus.ACKNOWLEDGED);
        assertThat(receipt.existed()).isFalse();
        JsonNode payload = receiver.record("WO-000001");
        JsonNode work = payload.path("work_order");
        assertThat(work.path("title").asString()).isEqualTo(order.content().title());
        assertThat(work.path("priority").asString()).isEqualTo("HIGH");
        assertThat(work.path("asset_id").asString()).isEqualTo("M-1");
        assertThat(work.path("location").asString()).isEqualTo("1 Main St");
        assertThat(work.path("recommended_crew").asString()).isEqualTo("METER");
        assertThat(work.path("predicted_duration_hours").asDouble()).isEqualTo(1.5);
        assertThat(work.path("attached_evidence").toString())
                .contains("alert:M-1/CONTINUOUS_LEAK/", "incident:incident:x", "investigation:inv-1#step5", "pipe:P-2");
        assertThat(payload.path("source").asString()).isEqualTo("rule:customer-leak@1");
        assertThat(payload.path("timestamp").asString())
                .isEqualTo(order.updatedAt().toString());
    }

    @Test
    void aResendAfterTheAnswerTimedOutIsTheSameRecord() throws Exception {
        WorkOrder order = CmmsTestOrders.order("WO-000002");
        webhook.send(CmmsTestOrders.order("WO-000099")); // warm the connection
        WebhookCmms impatient = new WebhookCmms(
                WebhookCmmsSettings.of(receiver.url(), SECRET)
                        .withTimeouts(new CmmsTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))),
                clock);
        receiver.holdNextAccepted = Duration.ofSeconds(2);

        assertThatThrownBy(() -> impatient.send(order)).isInstanceOf(CmmsUnavailable.class);
        CmmsReceipt again = impatient.send(order);

        assertThat(again.existed()).isTrue();
        assertThat(again.cmmsNumber()).isEqualTo("CM-2");
        assertThat(receiver.records()).isEqualTo(2);
    }

    @Test
    void aServerErrorOrThrottleIsUnavailableAndAClientErrorARejectionWithTheReceiversMessage() {
        receiver.failWith = 503;
        assertThatThrownBy(() -> webhook.send(CmmsTestOrders.order("WO-000003")))
                .isInstanceOf(CmmsUnavailable.class)
                .hasMessageContaining("HTTP 503");
        receiver.failWith = 429;
        assertThatThrownBy(() -> webhook.send(CmmsTestOrders.order("WO-000003")))
                .as("a throttled request is tried again later")
                .isInstanceOf(CmmsUnavailable.class)
                .hasMessageContaining("HTTP 429");
        receiver.failWith = 422;
        assertThatThrownBy(() -> webhook.send(CmmsTestOrders.order("WO-000003")))
                .isInstanceOf(CmmsRejected.class)
                .hasMessageContaining("HTTP 422: receiver failing on purpose");
    }

    @Test
    void aSignatureWithTheWrongSecretIsRejectedByTheReceiver() {
        WebhookCmms impostor = new WebhookCmms(WebhookCmmsSettings.of(receiver.url(), "not-the-secret"), clock);

        assertThatThrownBy(() -> impostor.send(CmmsTestOrders.order("WO-000004")))
                .isInstanceOf(CmmsRejected.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining(WebhookSignature.SIGNATURE);
        assertThat(receiver.records()).isZero();
    }

    @Test
    void aVerifiedCallbackIsQueuedForStatusSyncOnce() {
        CmmsStatusChange change = webhook.acceptCallback(
                timestamp(NOW), sign(NOW, callback("WO-000001", "IN_PROGRESS")), callback("WO-000001", "IN_PROGRESS"));

        assertThat(change.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(change.cmmsNumber()).isEqualTo("CM-1");
        assertThat(change.notes()).isEqualTo("crew on site");
        CmmsChanges first = webhook.changesSince(null);
        assertThat(first.changes()).containsExactly(change);
        assertThat(webhook.changesSince(first.cursor()).changes()).isEmpty();
        assertThat(webhook.changesSince("an-earlier-process:7").changes())
                .as("a cursor from before a restart does not hide this process's callbacks")
                .isEmpty();
    }

    @Test
    void aCallbackTheSyncHasNotConfirmedIsReturnedAgain() {
        String body = callback("WO-000001", "COMPLETED");
        webhook.acceptCallback(timestamp(NOW), sign(NOW, body), body);

        webhook.changesSince(null);

        assertThat(webhook.changesSince(null).changes()).hasSize(1);
    }

    @Test
    void malformedCallbacksAreRefusedNamingTheField() {
        assertRefused(
                "{\"work_order_id\":\"WO-1\",\"cmms_number\":\"CM-1\",\"changed_at\":\"2025-05-06T03:00:00Z\"}",
                "callback field 'status' is missing");
        assertRefused(
                "{\"work_order_id\":\"WO-1\",\"cmms_number\":\"CM-1\",\"status\":\"COMPLETED\","
                        + "\"changed_at\":\"yesterday\"}",
                "callback field 'changed_at' must be an ISO-8601 instant");
        assertRefused(
                "{\"work_order_id\":42,\"cmms_number\":\"CM-1\",\"status\":\"COMPLETED\","
                        + "\"changed_at\":\"2025-05-06T03:00:00Z\"}",
                "callback field 'work_order_id' must be a non-empty string");
        assertRefused("not json", "callback field 'body' is not JSON");
        String unknown = callback("WO-1", "ON_HOLD");
        assertThatThrownBy(() -> webhook.acceptCallback(timestamp(NOW), sign(NOW, unknown), unknown))
                .isInstanceOf(CmmsStatusMap.UnknownCmmsStatus.class)
                .hasMessageContaining("status: webhook reported status 'ON_HOLD'");
    }

    @Test
    void aCallbackWithABadSignatureOrAnOldTimestampIsRefusedNamingTheHeader() {
        String body = callback("WO-000001", "COMPLETED");
        assertThatThrownBy(() -> webhook.acceptCallback(timestamp(NOW), "sha256=00", body))
                .isInstanceOf(WebhookSignature.Refused.class)
                .hasMessageStartingWith(WebhookSignature.SIGNATURE);
        Instant old = NOW.minus(Duration.ofMinutes(6));
        assertThatThrownBy(() -> webhook.acceptCallback(timestamp(old), sign(old, body), body))
                .isInstanceOf(WebhookSignature.Refused.class)
                .hasMessageStartingWith(WebhookSignature.TIMESTAMP)
                .hasMessageContaining("replay window");
        assertThatThrownBy(() -> webhook.acceptCallback(null, sign(NOW, body), body))
                .hasMessage(WebhookSignature.TIMESTAMP + ": missing");
        assertThatThrownBy(() -> webhook.acceptCallback(timestamp(NOW), sign(NOW, body), body.replace("CM-1", "CM-2")))
                .as("an altered body")
                .isInstanceOf(WebhookSignature.Refused.class);
        assertThat(webhook.changesSince(null).changes()).isEmpty();
    }

    private void assertRefused(String body, String message) {
        assertThatThrownBy(() -> webhook.acceptCallback(timestamp(NOW), sign(NOW, body), body))
                .isInstanceOf(WebhookCmms.MalformedCallback.class)
                .hasMessageStartingWith(message);
    }

    private static String callback(String id, String status) {
        return "{\"work_order_id\":\"" + id + "\",\"cmms_number\":\"CM-1\",\"status\":\"" + status
                + "\",\"notes\":\"crew on site\",\"changed_at\":\"2025-05-06T02:59:00Z\"}";
    }

    private static String timestamp(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    private static String sign(Instant at, String body) {
        return "sha256=" + WebhookSignature.sign(SECRET.getBytes(StandardCharsets.UTF_8), timestamp(at), body);
    }
}
