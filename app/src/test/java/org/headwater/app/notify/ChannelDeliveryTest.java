package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.DeliveryFailed;
import org.headwater.notify.Notification;
import org.headwater.notify.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** EPA 5.2: delivery over a real SMTP server and real HTTP endpoints running inside the test. */
class ChannelDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final Instant NOW = Instant.parse("2024-06-03T15:00:00Z");
    static final AlertSummary BACKFLOW =
            new AlertSummary("M1/BACKFLOW/2024-06-03T15:00:00Z", AlertType.BACKFLOW, Severity.HIGH, "M1", "Z1", NOW);

    record Received(Map<String, String> headers, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    HttpServer server;

    @BeforeEach
    void startHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    Map.of(
                            "timestamp",
                                    String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP)),
                            "signature",
                                    String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE)),
                            "authorization",
                                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))),
                    body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopHttpServer() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static Notification notification(Contact contact) {
        return Notification.pending(
                "n-1", BACKFLOW, contact, new Page(BACKFLOW.alertId(), contact.role(), Page.Kind.FIRST, 0), NOW);
    }

    @Test
    void emailArrivesAtTheSmtpServer() throws Exception {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        Contact manager = new Contact("ami-1", "AMI_MANAGER", Channel.EMAIL, "ami.manager@utility.example");

        new EmailSender(mail, "headwater@utility.example").send(notification(manager), manager);

        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("ami.manager@utility.example");
        assertThat(messages[0].getSubject()).contains("HIGH BACKFLOW alert at M1");
    }

    @Test
    void webhookCarriesAnHmacSignatureOverTimestampAndBody() throws Exception {
        Contact hook = new Contact("ops-hook", "CONTROL_CENTER_OPERATOR", Channel.WEBHOOK, url("/hook"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        new WebhookSender("shared-secret", clock).send(notification(hook), hook);

        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        assertThat(request.headers().get("timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        String expected = WebhookSender.sign(
                "shared-secret".getBytes(StandardCharsets.UTF_8),
                request.headers().get("timestamp"),
                request.body());
        assertThat(request.headers().get("signature")).isEqualTo("sha256=" + expected);
        assertThat(request.headers().get("signature"))
                .isNotEqualTo("sha256="
                        + WebhookSender.sign(
                                "wrong".getBytes(StandardCharsets.UTF_8),
                                request.headers().get("timestamp"),
                                request.body()));
        assertThat(request.body()).contains("\"type\":\"BACKFLOW\"").contains("\"id\":\"M1/BACKFLOW/");
    }

    @Test
    void smsGoesThroughTheProvidersApiWithTheTemplateAndToken() throws Exception {
        Contact phone = new Contact("ops-phone", "CONTROL_CENTER_OPERATOR", Channel.SMS, "+15550100200");
        SmsSender sms = new SmsSender(URI.create(url("/sms")), "provider-token", "{\"to\":{to},\"message\":{text}}");

        sms.send(notification(phone), phone);

        assertThat(received).hasSize(1);
        assertThat(received.getFirst().headers().get("authorization")).isEqualTo("Bearer provider-token");
        assertThat(received.getFirst().body())
                .startsWith("{\"to\":\"+15550100200\",\"message\":\"Headwater: HIGH BACKFLOW");
    }

    @Test
    void aRefusingEndpointIsAFailedDeliveryWithoutTheAddressInTheReason() {
        status = 503;
        Contact phone = new Contact("ops-phone", "CONTROL_CENTER_OPERATOR", Channel.SMS, "+15550100200");
        SmsSender sms = new SmsSender(URI.create(url("/sms")), "t", "{\"to\":{to},\"message\":{text}}");

        assertThatThrownBy(() -> sms.send(notification(phone), phone))
                .isInstanceOf(DeliveryFailed.class)
                .hasMessage("SMS provider answered HTTP 503");
    }
}
