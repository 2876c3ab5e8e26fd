package org.headwater.app.notify;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.app.delivery.AlertConsumer;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.audit.AuditTrail;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.notify.Contacts;
import org.headwater.notify.EscalationClock;
import org.headwater.notify.Notifications;
import org.headwater.notify.Sender;
import org.headwater.store.PostgresContacts;
import org.headwater.store.PostgresNotifications;
import org.headwater.store.PostgresOpenEscalations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Wires notification when {@code headwater.notify.enabled} is true; the contact book is loaded from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

    @Bean
    Notifications notifications(DataSource dataSource) {
        return new PostgresNotifications(dataSource);
    }

    @Bean
    @ConditionalOnProperty(name = "headwater.notify.enabled", havingValue = "true")
    EscalationDesk escalationDesk(
            NotifyProperties properties,
            UtilityCalendar calendar,
            Clock clock,
            Notifications notifications,
            DataSource dataSource,
            ObjectProvider<JavaMailSender> mail,
            AuditTrail trail) {
        NotifySettings settings = NotifySettings.from(properties, calendar);
        Contacts contacts = new PostgresContacts(dataSource);
        settings.contacts().forEach(contacts::save);
        List<Sender> senders = new ArrayList<>();
        mail.ifAvailable(m -> senders.add(new EmailSender(m, properties.emailFrom())));
        if (!properties.webhookSecret().isBlank()) {
            senders.add(new WebhookSender(properties.webhookSecret(), clock));
        }
        if (!properties.smsUrl().isBlank()) {
            senders.add(
                    new SmsSender(URI.create(properties.smsUrl()), properties.smsToken(), properties.smsTemplate()));
        }
        return new EscalationDesk(
                settings,
                new EscalationClock(clock),
                notifications,
                contacts,
                senders,
                trail,
                new PostgresOpenEscalations(dataSource));
    }

    /** Recorded alerts reach the desk through the delivery path, once each (ADR 0010). */
    @Bean
    @ConditionalOnProperty(name = "headwater.notify.enabled", havingValue = "true")
    DeliveryConsumer escalationConsumer(EscalationDesk desk) {
        return AlertConsumer.of("escalation", desk::onAlert);
    }

    @Bean
    @ConditionalOnProperty(name = "headwater.notify.enabled", havingValue = "true")
    PollingLifecycle escalationLoop(EscalationDesk desk, NotifyProperties properties, ClockSchedule schedule) {
        // Escalations, reminders and retries happen on this tick even when no new alert arrives; a new alert
        // wakes it at once (backflow is notified immediately, table 6-2), off the thread that raised it.
        PollingLifecycle loop = new PollingLifecycle(schedule, "escalation-loop", properties.tick(), desk::tick);
        desk.wakeWorkerWith(loop::wake);
        return loop;
    }
}
