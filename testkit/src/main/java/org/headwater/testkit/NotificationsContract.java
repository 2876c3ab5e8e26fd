package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.notify.Acknowledgement;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.Contacts;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Notifications;
import org.headwater.notify.Page;
import org.headwater.notify.RetryPolicy;
import org.junit.jupiter.api.Test;

/** What every {@link Notifications} and {@link Contacts} must do; ids are random so tests share a store. */
public abstract class NotificationsContract {

    static final Instant T0 = Instant.parse("2024-06-03T15:00:00Z");

    protected abstract Notifications notifications();

    protected abstract Contacts contacts();

    private static Notification pending(String alertId, Contact contact) {
        AlertSummary alert = new AlertSummary(alertId, AlertType.BACKFLOW, Severity.HIGH, "M1", null, T0);
        return Notification.pending(
                UUID.randomUUID().toString(),
                alert,
                contact,
                new Page(alertId, contact.role(), Page.Kind.FIRST, 0),
                T0);
    }

    @Test
    void aNotificationComesBackAsSavedAndIsDueUntilSent() {
        String alertId = "A-" + UUID.randomUUID();
        Contact contact = new Contact("c-" + UUID.randomUUID(), "AMI_MANAGER", Channel.EMAIL, "a@utility.example");
        Notification pending = pending(alertId, contact);
        notifications().save(pending);

        assertThat(notifications().byId(pending.id())).contains(pending);
        assertThat(notifications().due(T0, 1000)).contains(pending);

        Notification failed = pending.failed(
                "HTTP 503", new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), T0.plusSeconds(1));
        notifications().save(failed);
        assertThat(notifications().due(T0.plusSeconds(60), 1000)).doesNotContain(failed);
        assertThat(notifications().list(NotificationState.FAILED, 1000)).contains(failed);
        assertThat(notifications().forAlert(alertId)).containsExactly(failed);
    }

    @Test
    void theFirstAcknowledgementIsKept() {
        String alertId = "A-" + UUID.randomUUID();
        notifications().acknowledge(new Acknowledgement(alertId, "alice", T0));
        notifications().acknowledge(new Acknowledgement(alertId, "bob", T0.plusSeconds(5)));

        assertThat(notifications().acknowledgement(alertId)).contains(new Acknowledgement(alertId, "alice", T0));
    }

    @Test
    void contactsAreFoundByRole() {
        String role = "ROLE-" + UUID.randomUUID();
        Contact contact = new Contact("c-" + UUID.randomUUID(), role, Channel.SMS, "+15550100200");
        contacts().save(contact);

        assertThat(contacts().byRole(role)).containsExactly(contact);
        assertThat(contacts().byId(contact.id())).contains(contact);
    }
}
