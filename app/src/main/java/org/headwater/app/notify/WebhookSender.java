package org.headwater.app.notify;

import java.net.URI;
import java.time.Clock;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.DeliveryFailed;
import org.headwater.notify.Notice;
import org.headwater.notify.Notification;
import org.headwater.notify.Sender;

/**
 * A signed HTTP POST to the contact's URL. The receiver recomputes HMAC-SHA256 with the shared
 * secret over {@code timestamp + "." + body} and compares it with {@value #SIGNATURE}; the timestamp
 * lets it refuse replays of an old message.
 */
public final class WebhookSender implements Sender {

    public static final String SIGNATURE = WebhookSignature.SIGNATURE;
    public static final String TIMESTAMP = WebhookSignature.TIMESTAMP;

    private final WebhookSignature signature;
    private final Clock clock;
    private final HttpPost http = new HttpPost();

    public WebhookSender(String secret, Clock clock) {
        this.signature = new WebhookSignature(secret);
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notification notification, Contact contact) throws DeliveryFailed {
        post(body(notification), contact);
    }

    @Override
    public void send(Notice notice, Contact contact) throws DeliveryFailed {
        post(body(notice), contact);
    }

    private void post(String body, Contact contact) throws DeliveryFailed {
        http.post(
                URI.create(contact.address()),
                body,
                signature.headers(body, clock.instant()),
                "webhook " + contact.id());
    }

    static String body(Notice notice) {
        StringBuilder fields = new StringBuilder();
        notice.fields()
                .forEach((name, value) -> fields.append(fields.isEmpty() ? "" : ",")
                        .append(JsonText.quote(name))
                        .append(':')
                        .append(JsonText.quote(value)));
        return "{\"notice\":" + JsonText.quote(notice.kind())
                + ",\"subject\":" + JsonText.quote(notice.subjectId())
                + ",\"role\":" + JsonText.quote(notice.role())
                + ",\"level\":" + notice.level()
                + ",\"headline\":" + JsonText.quote(notice.headline())
                + ",\"fields\":{" + fields + "}}";
    }

    /** Hex HMAC-SHA256 of {@code timestamp.body}: public so receivers and tests check it the same way. */
    public static String sign(byte[] secret, String timestamp, String body) {
        return WebhookSignature.sign(secret, timestamp, body);
    }

    static String body(Notification notification) {
        var alert = notification.alert();
        return "{\"notification\":" + JsonText.quote(notification.id())
                + ",\"kind\":" + JsonText.quote(notification.kind().name())
                + ",\"role\":" + JsonText.quote(notification.role())
                + ",\"alert\":{\"id\":" + JsonText.quote(alert.alertId())
                + ",\"type\":" + JsonText.quote(alert.type().name())
                + ",\"severity\":" + JsonText.quote(alert.severity().name())
                + ",\"source\":" + JsonText.quote(alert.sourceId())
                + ",\"zone\":" + (alert.zoneId() == null ? "null" : JsonText.quote(alert.zoneId()))
                + ",\"time\":" + JsonText.quote(alert.time().toString()) + "}}";
    }
}
