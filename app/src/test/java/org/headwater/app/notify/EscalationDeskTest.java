package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.AlertBuilder.anAlert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.app.alert.AlertAcknowledged;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.EscalationClock;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Sender;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryContacts;
import org.headwater.testkit.InMemoryNotifications;
import org.headwater.testkit.InMemoryOpenEscalations;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escalation desk with a controllable clock, a real HTTP endpoint and stores that outlive a desk (a restart). */
class EscalationDeskTest {

    /** Monday 2024-06-03 10:00 UTC: business hours, so the AMI manager is paged first (table 6-3). */
    static final Instant MONDAY_MORNING = Instant.parse("2024-06-03T10:00:00Z");

    final SettableClock clock = new SettableClock(MONDAY_MORNING);
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final InMemoryContacts contacts = new InMemoryContacts();
    final InMemoryOpenEscalations escalations = new InMemoryOpenEscalations();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
    final AtomicInteger requests = new AtomicInteger();
    volatile int failFirst = 2;
    HttpServer endpoint;

    @BeforeEach
    void startEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(requests.incrementAndGet() <= failFirst ? 500 : 200, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop(0);
    }

    NotifySettings settings(int maxAttempts) {
        return settings(maxAttempts, "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook");
    }

    /** Business hours 07:00–17:00, the operator after 15 min; the AMI manager and the operator on {@code hook}. */
    static NotifySettings settings(int maxAttempts, String hook) {
        return NotifySettings.from(new NotifyProperties(
                true,
                Duration.ofSeconds(5),
                java.time.LocalTime.of(7, 0),
                java.time.LocalTime.of(17, 0),
                List.of(),
                Duration.ofMinutes(15),
                Duration.ofMinutes(10),
                maxAttempts,
                Duration.ofSeconds(30),
                "headwater@utility.example",
                "secret",
                "",
                "",
                "{\"to\":{to},\"text\":{text}}",
                List.of(
                        new NotifyProperties.ContactProperties("ami-hook", "AMI_MANAGER", "WEBHOOK", hook),
                        new NotifyProperties.ContactProperties("ops-hook", "CONTROL_CENTER_OPERATOR", "WEBHOOK", hook)),
                List.of(),
                List.of()));
    }

    EscalationDesk desk(NotifySettings settings, List<Sender> senders) {
        settings.contacts().forEach(contacts::save);
        return new EscalationDesk(
                settings, new EscalationClock(clock), notifications, contacts, senders, trail, escalations);
    }

    static Alert backflow() {
        return anAlert().from("M1").of(AlertType.BACKFLOW).at(MONDAY_MORNING).build();
    }

    @Test
    void aFailedWebhookIsRetriedAfterItsBackoffUntilItIsDelivered() {
        EscalationDesk desk = desk(settings(5), List.of(new WebhookSender("secret", clock)));
        desk.onAlert(new AlertEvent.AlertRaised(backflow()));

        Notification first = notifications.forAlert(backflow().id()).getFirst();
        assertThat(first.state()).isEqualTo(NotificationState.RETRYING);
        assertThat(first.lastError()).contains("500");
        assertThat(first.nextAttemptAt()).isEqualTo(MONDAY_MORNING.plusSeconds(30));

        desk.tick();
        assertThat(requests).as("not retried before its backoff").hasValue(1);
        clock.advance(Duration.ofSeconds(30));
        desk.tick();
        assertThat(notifications.byId(first.id()).orElseThrow().state()).isEqualTo(NotificationState.RETRYING);
        clock.advance(Duration.ofMinutes(5));
        desk.tick();

        Notification delivered = notifications.byId(first.id()).orElseThrow();
        assertThat(delivered.state()).isEqualTo(NotificationState.SENT);
        assertThat(delivered.attempts()).as("two failures and the success").isEqualTo(3);
        assertThat(requests).hasValue(3);
        assertThat(trail.page(0, 100))
                .extracting(e -> e.action().name())
                .containsSubsequence("NOTIFICATION_FAILED", "NOTIFICATION_FAILED", "NOTIFICATION_SENT");
    }

    @Test
    void anAlertDeliveredTwiceIsPagedOnce() {
        failFirst = 0;
        EscalationDesk desk = desk(settings(5), List.of(new WebhookSender("secret", clock)));

        // The delivery path delivers at least once: a crash after paging delivers the alert again.
        desk.onAlert(new AlertEvent.AlertRaised(backflow()));
        desk.onAlert(new AlertEvent.AlertRaised(backflow()));
        desk.tick();

        assertThat(notifications.forAlert(backflow().id())).hasSize(1);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aDeliveryThatKeepsFailingStopsAfterItsAttemptsAndStaysVisiblyFailed() {
        failFirst = Integer.MAX_VALUE;
        EscalationDesk desk = desk(settings(3), List.of(new WebhookSender("secret", clock)));
        desk.onAlert(new AlertEvent.AlertRaised(backflow()));
        // Eight minutes: before the first reminder (10 min) and the operator's turn (15 min).
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(1));
            desk.tick();
        }

        assertThat(requests).hasValue(3);
        assertThat(notifications.list(NotificationState.FAILED, 10))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.attempts()).isEqualTo(3);
                    assertThat(n.lastError()).contains("500");
                });
    }

    @Test
    void anUnacknowledgedAlertStillEscalatesToTheOperatorAfterARestart() {
        failFirst = 0;
        EscalationDesk before = desk(settings(5), List.of(new WebhookSender("secret", clock)));
        before.onAlert(new AlertEvent.AlertRaised(backflow()));
        assertThat(notifications.forAlert(backflow().id()))
                .extracting(Notification::role)
                .containsExactly("AMI_MANAGER");

        // The server stops; 16 minutes later a new desk starts over the same stores.
        clock.advance(Duration.ofMinutes(16));
        EscalationDesk after = desk(settings(5), List.of(new WebhookSender("secret", clock)));
        assertThat(after.openAlertIds()).containsExactly(backflow().id());
        after.tick();

        assertThat(notifications.forAlert(backflow().id()))
                .extracting(Notification::role)
                .as("the manager once, then the operator after 15 minutes without acknowledgement")
                .containsExactly("AMI_MANAGER", "CONTROL_CENTER_OPERATOR");

        after.onAcknowledged(new AlertAcknowledged(backflow(), "operator-1"));
        assertThat(escalations.all()).isEmpty();
        assertThat(desk(settings(5), List.of()).openAlertIds()).isEmpty();
    }

    @Test
    void raisingAnAlertDoesNotWaitForASlowChannel() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Sender slow = new Sender() {
            @Override
            public Channel channel() {
                return Channel.WEBHOOK;
            }

            @Override
            public void send(Notification notification, Contact contact) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        EscalationDesk desk = desk(settings(5), List.of(slow));
        org.headwater.app.config.PollingLifecycle worker =
                new org.headwater.app.config.PollingLifecycle("test-escalation-loop", Duration.ofHours(1), desk::tick);
        desk.wakeWorkerWith(worker::wake);
        worker.start();
        try {
            long started = System.nanoTime();
            desk.onAlert(new AlertEvent.AlertRaised(backflow()));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            release.countDown();
            org.awaitility.Awaitility.await()
                    .atMost(5, TimeUnit.SECONDS)
                    .untilAsserted(
                            () -> assertThat(notifications.forAlert(backflow().id()))
                                    .extracting(Notification::state)
                                    .containsExactly(NotificationState.SENT));
        } finally {
            release.countDown();
            worker.stop();
        }
    }
}
