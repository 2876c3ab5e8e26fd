package org.headwater.app.notify;

import java.net.URI;
import java.util.Map;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.DeliveryFailed;
import org.headwater.notify.Notice;
import org.headwater.notify.Notification;
import org.headwater.notify.Sender;

/**
 * A text message through an SMS provider's HTTP API: the configured JSON template gets {@code {to}}
 * and {@code {text}} replaced (as JSON strings) and is posted with a bearer token.
 */
public final class SmsSender implements Sender {

    private final URI url;
    private final String token;
    private final String template;
    private final HttpPost http = new HttpPost();

    public SmsSender(URI url, String token, String template) {
        this.url = url;
        this.token = token;
        this.template = template;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Notification notification, Contact contact) throws DeliveryFailed {
        text(MessageText.subject(notification), contact);
    }

    @Override
    public void send(Notice notice, Contact contact) throws DeliveryFailed {
        text(MessageText.subject(notice), contact);
    }

    private void text(String text, Contact contact) throws DeliveryFailed {
        String body =
                template.replace("{to}", JsonText.quote(contact.address())).replace("{text}", JsonText.quote(text));
        http.post(url, body, Map.of("Authorization", "Bearer " + token), "SMS provider");
    }
}
