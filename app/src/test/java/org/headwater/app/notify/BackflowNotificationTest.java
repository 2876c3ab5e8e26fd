package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * EPA 5.2 and table 6-2: a backflow alert is notified at once. The running server e-mails the role
 * on duty through a real SMTP server started in the test, and the notification is listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BackflowNotificationTest {

    static final String PASSWORD = "notify-test-admin-password";

    static final int SMTP_PORT = freePort();

    // Started before the Spring context so the server's mail settings can name its port.
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
        registry.add("headwater.notify.enabled", () -> true);
        registry.add("headwater.notify.tick", () -> "PT1S");
        registry.add("headwater.notify.contacts[0].id", () -> "ami-1");
        registry.add("headwater.notify.contacts[0].role", () -> "AMI_MANAGER");
        registry.add("headwater.notify.contacts[0].channel", () -> "EMAIL");
        registry.add("headwater.notify.contacts[0].address", () -> "ami.manager@utility.example");
        registry.add("headwater.notify.contacts[1].id", () -> "ops-1");
        registry.add("headwater.notify.contacts[1].role", () -> "CONTROL_CENTER_OPERATOR");
        registry.add("headwater.notify.contacts[1].channel", () -> "EMAIL");
        registry.add("headwater.notify.contacts[1].address", () -> "control.room@utility.example");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentNetwork network;

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + token)
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void backflowAlertIsEmailedToTheRoleOnDutyAndListedWithoutAddresses() throws Exception {
        network.replace(Network.builder("notify-town")
                .add(new NetworkElement(
                        "M1",
                        ElementKind.METER,
                        "M1",
                        null,
                        MeterSpec.residentialDefault().toAttributes()))
                .build());

        HttpResponse<String> pushed = send("POST", "/api/v1/ingest/reads", """
                {"alarms": [{"meter": "M1", "time": "2024-06-02T10:00:00Z", "code": "REVERSE_FLOW"}]}""");
        assertThat(pushed.statusCode()).isEqualTo(200);

        await().atMost(30, TimeUnit.SECONDS).until(() -> smtp.getReceivedMessages().length > 0);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        // Table 6-3: the AMI manager in business hours, the control-center operator after hours.
        assertThat(mail.getAllRecipients()[0].toString())
                .isIn("ami.manager@utility.example", "control.room@utility.example");
        assertThat(mail.getSubject()).contains("BACKFLOW");
        assertThat(send("GET", "/api/v1/notifications?state=SENT", "").body())
                .contains("M1/BACKFLOW/2024-06-02T10:00:00Z")
                .doesNotContain("ami.manager@utility.example")
                .doesNotContain("control.room@utility.example");
    }
}
