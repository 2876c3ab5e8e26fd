package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every (role × endpoint) pair of {@link AccessPolicy}, plus an anonymous caller, over HTTP with one local user
 * per role. Allowed means the request got past the security layer (any status but 401 and 403: a 400 or 404 for
 * the made-up ids is fine); denied means 403 for a signed-in user and 401 for an anonymous one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationMatrixTest {

    static final String PASSWORD = "a-long-test-password";

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
    UserAccounts users;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyRoleGetsExactlyWhatThePolicyGrantsOnEveryEndpoint() throws Exception {
        for (Role role : Role.values()) {
            if (!users.exists(userOf(role))) {
                users.create(userOf(role), PASSWORD, Set.of(role));
            }
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AccessRule rule : AccessPolicy.rules()) {
            // A rule for any method is sampled with POST: its GET requests may be decided by an earlier rule.
            HttpMethod method = rule.method() == null ? HttpMethod.POST : rule.method();
            for (String pattern : rule.patterns()) {
                String path = samplePathOf(pattern);
                AccessRule deciding = AccessPolicy.ruleFor(method, path).orElseThrow();
                for (Role role : Role.values()) {
                    int status = send(method, path, userOf(role));
                    boolean expected = deciding.allows(true, Set.of(role));
                    if (expected ? status == 401 || status == 403 : status != 403) {
                        wrong.add(describe(method, path, role.name(), expected, status));
                    }
                    checked++;
                }
                int status = send(method, path, null);
                boolean expected = deciding.allows(false, Set.of());
                // Without a session or Authorization header an unsafe request needs a CSRF token, which this
                // caller lacks: the CSRF check answers 403 first, even on public paths such as POST /login.
                boolean csrfRefused = status == 403 && method != HttpMethod.GET;
                if (expected ? status == 401 || (status == 403 && !csrfRefused) : !anonymousRefusal(method, status)) {
                    wrong.add(describe(method, path, "anonymous", expected, status));
                }
                checked++;
            }
        }
        assertThat(wrong).as("pairs that disagree with the policy").isEmpty();
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void everyHandlerOfTheRunningAppHasARule() {
        List<String> uncovered = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod requestMethod : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    for (String pattern : info.getPatternValues()) {
                        if (AccessPolicy.ruleFor(requestMethod.asHttpMethod(), samplePathOf(pattern))
                                .isEmpty()) {
                            uncovered.add(requestMethod + " " + pattern + " (" + handler + ")");
                        }
                    }
                }
            });
        }
        assertThat(uncovered).as("endpoints without an access rule").isEmpty();
    }

    @Test
    void anythingUnlistedIsDenied() throws Exception {
        assertThat(AccessPolicy.ruleFor(HttpMethod.GET, "/api/v1/not-an-endpoint"))
                .isEmpty();
        assertThat(send(HttpMethod.GET, "/api/v1/not-an-endpoint", "admin")).isEqualTo(403);
        assertThat(send(HttpMethod.DELETE, "/api/v1/thresholds", "admin")).isEqualTo(403);
    }

    /**
     * An anonymous state-changing request without a CSRF token is refused by the CSRF check (403) before
     * authorisation would answer 401; both are refusals.
     */
    private static boolean anonymousRefusal(HttpMethod method, int status) {
        return status == 401 || (status == 403 && method != HttpMethod.GET);
    }

    static String userOf(Role role) {
        return role == Role.ADMINISTRATOR
                ? "admin"
                : role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A concrete path the pattern matches: every variable and wildcard becomes "sample". */
    static String samplePathOf(String pattern) {
        return pattern.replaceAll("\\{[^}]*}", "sample").replace("**", "sample").replace("*", "sample");
    }

    private static String describe(HttpMethod method, String path, String who, boolean allowed, int status) {
        return method + " " + path + " as " + who + ": expected " + (allowed ? "allowed" : "denied") + ", got "
                + status;
    }

    /**
     * Only the status matters. The event stream answers with its headers at once and then stays open; should it
     * ever stay silent, a stream still open after two seconds has passed the security layer and counts as 200.
     */
    private int send(HttpMethod method, String path, @Nullable String user) throws IOException, InterruptedException {
        boolean stream = path.endsWith("/stream");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(stream ? 2 : 30))
                .header("Content-Type", "application/json")
                .method(
                        method.name(),
                        method == HttpMethod.GET
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (HttpTimeoutException e) {
            if (stream) {
                return 200;
            }
            throw e;
        }
    }
}
