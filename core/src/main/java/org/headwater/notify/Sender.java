package org.headwater.notify;

/** Delivers a notification over one channel; the edges implement it (SMTP, webhook, SMS, dashboard). */
public interface Sender {

    Channel channel();

    /** @throws DeliveryFailed when the channel refused or could not be reached */
    void send(Notification notification, Contact contact) throws DeliveryFailed;
}
