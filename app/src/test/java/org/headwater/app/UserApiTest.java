package org.headwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** User management over HTTP: an administrator creates, re-roles and disables users; each change is audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserApiTest {

    static final String PASSWORD = "a-long-user-test-password";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorCreatesChangesAndDisablesAUserAndEveryChangeIsInTheAuditTrail() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/users",
                "admin",
                PASSWORD,
                "{\"username\":\"tech1\",\"password\":\"a-technician-password\",\"roles\":[\"meter_technician\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(send("GET", "/api/v1/meters", "tech1", "a-technician-password", null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> listed = send("GET", "/api/v1/users", "admin", PASSWORD, null);
        assertThat(listed.body()).contains("\"username\":\"tech1\"").contains("METER_TECHNICIAN");
        assertThat(listed.body()).doesNotContain("password").doesNotContain("$2a$");

        assertThat(send("PUT", "/api/v1/users/tech1/roles", "admin", PASSWORD, "{\"roles\":[\"AMI_MANAGER\"]}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/users", "admin", PASSWORD, null).body())
                .contains("\"username\":\"tech1\",\"roles\":[\"AMI_MANAGER\"]");

        assertThat(send("POST", "/api/v1/users/tech1/disable", "admin", PASSWORD, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/meters", "tech1", "a-technician-password", null)
                        .statusCode())
                .isEqualTo(401);

        var aboutTech1 = audit.page(0, 10_000).stream()
                .filter(event -> event.subject().equals("tech1"))
                .toList();
        // the refused sign-in after disabling is audited too
        assertThat(aboutTech1).extracting(AuditEvent::action).endsWith(AuditAction.LOGIN_FAILED);
        var changes = aboutTech1.stream()
                .filter(event -> event.action().name().startsWith("USER_"))
                .toList();
        assertThat(changes)
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.USER_CREATED, AuditAction.USER_CHANGED, AuditAction.USER_CHANGED);
        assertThat(changes).extracting(AuditEvent::actor).containsOnly("admin");
    }

    @Test
    void badUserRequestsAreRefusedWithAMessageNamingTheField() throws Exception {
        HttpResponse<String> unknownRole = send(
                "POST",
                "/api/v1/users",
                "admin",
                PASSWORD,
                "{\"username\":\"u2\",\"password\":\"a-long-enough-password\",\"roles\":[\"PLUMBER\"]}");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("unknown role 'PLUMBER'");

        HttpResponse<String> weak = send(
                "POST",
                "/api/v1/users",
                "admin",
                PASSWORD,
                "{\"username\":\"u3\",\"password\":\"short\",\"roles\":[\"AMI_MANAGER\"]}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("password for u3 must have at least 12 characters");

        HttpResponse<String> duplicate = send(
                "POST",
                "/api/v1/users",
                "admin",
                PASSWORD,
                "{\"username\":\"admin\",\"password\":\"a-long-enough-password\",\"roles\":[\"AMI_MANAGER\"]}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("user admin already exists");

        assertThat(send("POST", "/api/v1/users/nobody/disable", "admin", PASSWORD, null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> self = send("POST", "/api/v1/users/admin/disable", "admin", PASSWORD, null);
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("cannot disable themselves");
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
