package org.headwater.notify;

/** Delivers a notification over one channel; the edges implement it (SMTP, webhook, SMS, dashboard). */
public interface Sender {

    Channel channel();

    /** @throws DeliveryFailed when the channel refused or could not be reached */
    void send(Notification notification, Contact contact) throws DeliveryFailed;

    /**
     * Delivers a page that is not about an alert, at once.
     *
     * @throws DeliveryFailed when the channel refused, could not be reached, or carries only alerts
     */
    default void send(Notice notice, Contact contact) throws DeliveryFailed {
        throw new DeliveryFailed(channel() + " carries alert notifications only");
    }
}
