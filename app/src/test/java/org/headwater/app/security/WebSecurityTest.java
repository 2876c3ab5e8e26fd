package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The defences of docs/security.md over real HTTP: security headers on pages and API answers, session cookie
 * flags, one problem-details shape for every refusal, and failed sign-ins throttled and audited. Headwater runs
 * as behind a TLS-terminating proxy ({@code server.forward-headers-strategy=native}), so a test can say which
 * client address and scheme a request came with, as the proxy would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTest {

    static final String PASSWORD = "a-long-web-security-password";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
            + " https://*.tile.example.org; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> PASSWORD);
        registry.add("headwater.map.tile-url", () -> "https://{s}.tile.example.org/{z}/{x}/{y}.png");
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPageAndApiAnswerCarriesTheContentSecurityPolicyAndTheUsualHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send(request("/login.html")),
                send(request("/map.html")),
                send(request("/js/map.js")),
                send(request("/api/v1/sign-in/notice")),
                send(request("/api/v1/alerts").header("Accept", "application/json")),
                send(withBasic(request("/api/v1/alerts"), "admin", PASSWORD)));

        HttpResponse<String> apiExplorer = send(withBasic(request("/swagger-ui/index.html"), "admin", PASSWORD));
        assertThat(apiExplorer.headers().firstValue("Content-Security-Policy"))
                .as("Swagger UI injects a <style> element; it alone may use inline styles")
                .contains(CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
        for (HttpResponse<String> answer : answers) {
            HttpHeaders headers = answer.headers();
            String where = answer.request().uri().getPath() + " (" + answer.statusCode() + ")";
            assertThat(headers.firstValue("Content-Security-Policy")).as(where).contains(CSP);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(where).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(where).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(where)
                    .contains("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(where + ": HSTS only over TLS")
                    .isEmpty();
        }
    }

    @Test
    void overTlsTheAnswersAskForHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = send(request("/login.html").header("X-Forwarded-Proto", "https"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");

        List<String> cookies = signInWithForm("admin", PASSWORD, "198.51.100.40", true)
                .headers()
                .allValues("Set-Cookie");
        assertThat(cookie(cookies, "JSESSIONID"))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Secure");
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteLaxAndTheCsrfCookieSameSiteLax() throws Exception {
        HttpResponse<String> signedIn = signInWithForm("admin", PASSWORD, "198.51.100.41", false);

        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookie(cookies, "JSESSIONID"))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(cookie(send(request("/login.html")).headers().allValues("Set-Cookie"), "XSRF-TOKEN"))
                .as("the dashboard's scripts read the CSRF cookie, so it cannot be HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("HttpOnly");
    }

    @Test
    void everyRefusalIsProblemDetailsOfOneShape() throws Exception {
        if (!users.exists("ws-reader")) {
            users.create("ws-reader", PASSWORD, Set.of(Role.CUSTOMER_SERVICE));
        }
        Map<Integer, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put(400, send(withBasic(request("/api/v1/alerts?limit=lots"), "admin", PASSWORD)));
        answers.put(401, send(request("/api/v1/alerts").header("Accept", "application/json")));
        answers.put(
                403,
                send(withBasic(request("/api/v1/thresholds"), "ws-reader", PASSWORD)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))));
        answers.put(
                404,
                send(withBasic(request("/api/v1/alerts/M-none/BACKFLOW/2026-01-01T00:00:00Z"), "admin", PASSWORD)));
        answers.put(
                405,
                send(withBasic(request("/api/v1/notifications"), "admin", PASSWORD)
                        .POST(HttpRequest.BodyPublishers.noBody())));
        answers.put(
                406,
                send(withBasic(request("/api/v1/alerts"), "admin", PASSWORD).header("Accept", "text/csv")));
        answers.put(
                415,
                send(withBasic(request("/api/v1/ingest/reads"), "admin", PASSWORD)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("M-1,2026-01-01T00:00:00Z,3"))));
        answers.put(429, throttledAnswer());

        for (Map.Entry<Integer, HttpResponse<String>> entry : answers.entrySet()) {
            HttpResponse<String> answer = entry.getValue();
            String where = entry.getKey() + " " + answer.request().uri().getPath() + ": " + answer.body();
            assertThat(answer.statusCode()).as(where).isEqualTo(entry.getKey());
            assertThat(answer.headers().firstValue("Content-Type")).as(where).contains("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            // "type" left out means "about:blank" (RFC 9457 section 3.1.1): the status says it all
            assertThat(fieldNames(problem))
                    .as(where)
                    .containsExactlyInAnyOrder("title", "status", "detail", "instance");
            assertThat(problem.get("status").asInt()).as(where).isEqualTo(entry.getKey());
            assertThat(problem.get("detail").asString()).as(where).isNotBlank();
            assertThat(problem.get("instance").asString())
                    .as(where)
                    .isEqualTo(answer.request().uri().getPath());
        }
        assertThat(answers.get(401).headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Headwater\"");
        assertThat(answers.get(405).headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void theDashboardsOwnFetchesGet401WithoutABrowserPasswordDialogAndPagesGoToSignIn() throws Exception {
        HttpResponse<String> fetch = send(request("/api/v1/me")
                .header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest"));
        assertThat(fetch.statusCode()).isEqualTo(401);
        assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> page = send(request("/api/v1/me").header("Accept", "text/html,application/xhtml+xml"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.html"));
    }

    @Test
    void fiveFailedBasicSignInsLockTheAccountEvenForTheRightPasswordAndTheAuditTrailSaysSo() throws Exception {
        createUser("ws-locked");
        for (int i = 0; i < 5; i++) {
            assertThat(send(withBasic(request("/api/v1/me"), "ws-locked", "wrong-password-" + i)
                                    .header("X-Forwarded-For", "192.0.2." + (10 + i)))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused =
                send(withBasic(request("/api/v1/me"), "ws-locked", PASSWORD).header("X-Forwarded-For", "192.0.2.99"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(850L, 900L));
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("this account");
        JsonNode entries = json.readTree(send(withBasic(request("/api/v1/audit?limit=500"), "admin", PASSWORD))
                .body());
        List<JsonNode> aboutLocked = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("subject").asString().equals("ws-locked"))
                .toList();
        assertThat(aboutLocked)
                .extracting(e -> e.get("action").asString())
                .containsSubsequence("login.failed", "login.failed", "login.failed", "login.failed", "login.failed")
                .contains("login.throttled");
        JsonNode throttled = aboutLocked.stream()
                .filter(e -> e.get("action").asString().equals("login.throttled"))
                .findFirst()
                .orElseThrow();
        assertThat(throttled.get("details").get("client").asString()).isEqualTo("192.0.2.99");
        assertThat(throttled.get("details").get("limit").asString()).isEqualTo("account");
    }

    @Test
    void fiveFailedFormSignInsLockTheAccountForTheSignInFormToo() throws Exception {
        createUser("ws-form");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = signInWithForm("ws-form", "wrong-password-" + i, "192.0.2.50", false);
            assertThat(failed.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
        }

        HttpResponse<String> refused = signInWithForm("ws-form", PASSWORD, "192.0.2.51", false);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anAddressTryingTwentyNamesIsRefusedWhileOtherAddressesAreNot() throws Exception {
        createUser("ws-sprayed");
        for (int i = 0; i < 20; i++) {
            send(withBasic(request("/api/v1/me"), "ws-spray-" + i, "guess-" + i)
                    .header("X-Forwarded-For", "203.0.113.66"));
        }

        HttpResponse<String> refused = send(
                withBasic(request("/api/v1/me"), "ws-sprayed", PASSWORD).header("X-Forwarded-For", "203.0.113.66"));
        HttpResponse<String> elsewhere = send(
                withBasic(request("/api/v1/me"), "ws-sprayed", PASSWORD).header("X-Forwarded-For", "203.0.113.67"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("this address");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        createUser("ws-forgetful");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(send(withBasic(request("/api/v1/me"), "ws-forgetful", "typo-" + i)
                                        .header("X-Forwarded-For", "192.0.2.7" + round))
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(send(withBasic(request("/api/v1/me"), "ws-forgetful", PASSWORD)
                                    .header("X-Forwarded-For", "192.0.2.7" + round))
                            .statusCode())
                    .as("round %d: four failures and then the right password", round)
                    .isEqualTo(200);
        }
    }

    @Test
    void theSignInPageIsToldThePasswordWasSetInAdvance() throws Exception {
        JsonNode notice = json.readTree(send(request("/api/v1/sign-in/notice")).body());

        assertThat(notice.get("adminPassword").asString()).isEqualTo("CONFIGURED");
        assertThat(notice.get("notice").asString())
                .contains("HEADWATER_ADMIN_PASSWORD")
                .doesNotContain("printed");
    }

    private HttpResponse<String> throttledAnswer() throws Exception {
        createUser("ws-problem");
        for (int i = 0; i < 5; i++) {
            send(withBasic(request("/api/v1/me"), "ws-problem", "wrong-" + i).header("X-Forwarded-For", "192.0.2.30"));
        }
        return send(withBasic(request("/api/v1/me"), "ws-problem", PASSWORD).header("X-Forwarded-For", "192.0.2.31"));
    }

    /** The sign-in form's request, as login.js sends it: CSRF cookie from the page, token in the header. */
    private HttpResponse<String> signInWithForm(String username, String password, String client, boolean tls)
            throws Exception {
        HttpRequest.Builder pageRequest = request("/login.html").header("X-Forwarded-For", client);
        if (tls) {
            pageRequest.header("X-Forwarded-Proto", "https");
        }
        String token = cookieValue(send(pageRequest).headers().allValues("Set-Cookie"), "XSRF-TOKEN");
        String form = "username=" + username + "&password=" + password;
        HttpRequest.Builder signIn = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (tls) {
            signIn.header("X-Forwarded-Proto", "https");
        }
        return send(signIn);
    }

    private void createUser(String username) {
        if (!users.exists(username)) {
            users.create(username, PASSWORD, Set.of(Role.AMI_MANAGER));
        }
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }

    private static String cookieValue(List<String> setCookies, String name) {
        String cookie = cookie(setCookies, name);
        return cookie.substring(name.length() + 1, cookie.indexOf(';'));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder withBasic(HttpRequest.Builder request, String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
