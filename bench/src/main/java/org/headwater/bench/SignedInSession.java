package org.headwater.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A person signed in through the sign-in form, as a browser is: a session cookie (Basic authentication
 * would hash the password on every request, which is not what a dashboard costs the server) and the
 * XSRF token the server expects back on every change. A sign-in the server answers with 503 or 429 is tried
 * again after its Retry-After.
 */
final class SignedInSession implements AutoCloseable {

    private static final int SIGN_IN_ATTEMPTS = 10;

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private SignedInSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static SignedInSession signIn(String baseUrl, String user, String password)
            throws IOException, InterruptedException {
        SignedInSession session = new SignedInSession(baseUrl);
        // The sign-in page sets the XSRF-TOKEN cookie; the form post sends it back in a header.
        session.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<Void> response = session.http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", session.xsrfToken())
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean tryAgain = response.statusCode() == 503 || response.statusCode() == 429;
            if (tryAgain && attempt < SIGN_IN_ATTEMPTS) {
                // The server could not check the password now (or asks to slow down): wait as it says, as a person
                // would.
                long seconds =
                        response.headers().firstValueAsLong("Retry-After").orElse(5);
                Thread.sleep(Duration.ofSeconds(Math.min(seconds, 30)));
                continue;
            }
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() >= 400 || location.contains("error")) {
                session.close();
                throw new IOException("sign-in refused: HTTP " + response.statusCode() + " " + location);
            }
            break;
        }
        return session;
    }

    /** A GET of an API path, as the dashboard's pages make it; the body is discarded. */
    HttpResponse<Void> poll(String path) throws IOException, InterruptedException {
        return http.send(api(path).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(
                api(path)
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", xsrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest")
                .timeout(Duration.ofSeconds(60));
    }

    private String xsrfToken() throws IOException {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IOException("the server set no XSRF-TOKEN cookie"));
    }

    @Override
    public void close() {
        http.close();
    }
}
