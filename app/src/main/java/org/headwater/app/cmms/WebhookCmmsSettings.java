package org.headwater.app.cmms;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrderStatus;

/**
 * How Headwater talks to a CMMS behind a plain webhook.
 *
 * @param url where orders are POSTed
 * @param secret the shared HMAC-SHA256 secret, for orders sent and status callbacks received
 * @param replayWindow how far a callback's timestamp may be from now before it is refused as a replay
 * @param statusMap the receiver's status codes to ours
 * @param timeouts connect and request timeouts
 */
public record WebhookCmmsSettings(
        URI url, String secret, Duration replayWindow, CmmsStatusMap statusMap, CmmsTimeouts timeouts) {

    public WebhookCmmsSettings {
        Objects.requireNonNull(url, "url");
        SettingsChecks.requireText(secret, "secret");
        Objects.requireNonNull(replayWindow, "replayWindow");
        Objects.requireNonNull(statusMap, "statusMap");
        Objects.requireNonNull(timeouts, "timeouts");
        if (replayWindow.isNegative() || replayWindow.isZero()) {
            throw new IllegalArgumentException("replayWindow: must be positive, got " + replayWindow);
        }
    }

    /** A five-minute replay window, {@link #genericStatuses()} and the default timeouts. */
    public static WebhookCmmsSettings of(URI url, String secret) {
        return new WebhookCmmsSettings(url, secret, Duration.ofMinutes(5), genericStatuses(), CmmsTimeouts.defaults());
    }

    public WebhookCmmsSettings withTimeouts(CmmsTimeouts newTimeouts) {
        return new WebhookCmmsSettings(url, secret, replayWindow, statusMap, newTimeouts);
    }

    /**
     * The codes a generic receiver answers and calls back with: RECEIVED and ACKNOWLEDGED (taken, numbered),
     * IN_PROGRESS, COMPLETED, CLOSED, CANCELLED.
     */
    public static CmmsStatusMap genericStatuses() {
        Map<String, WorkOrderStatus> map = new LinkedHashMap<>();
        map.put("RECEIVED", WorkOrderStatus.ACKNOWLEDGED);
        map.put("ACKNOWLEDGED", WorkOrderStatus.ACKNOWLEDGED);
        map.put("IN_PROGRESS", WorkOrderStatus.IN_PROGRESS);
        map.put("COMPLETED", WorkOrderStatus.COMPLETED);
        map.put("CLOSED", WorkOrderStatus.CLOSED);
        map.put("CANCELLED", WorkOrderStatus.CANCELLED);
        return new CmmsStatusMap("webhook", map);
    }
}
