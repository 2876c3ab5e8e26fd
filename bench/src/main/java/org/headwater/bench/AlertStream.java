package org.headwater.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the server's alert event stream as a dashboard does, calling back with (type, source) per raised alert. */
final class AlertStream implements AutoCloseable {

    private static final Pattern RAISED = Pattern.compile(
            "^\\{\"alert\":\\{\"id\":\"[^\"]*\",\"type\":\"([A-Z_]+)\",\"severity\":\"[A-Z]+\",\"sourceId\":\"([^\"]+)\"");

    private final HttpClient http;
    private final InputStream body;
    private final Thread reader;

    private AlertStream(HttpClient http, InputStream body, BiConsumer<String, String> onRaised) {
        this.http = http;
        this.body = body;
        this.reader = Thread.ofPlatform().name("alert-stream").daemon().start(() -> read(onRaised));
    }

    static AlertStream open(String baseUrl, String user, String password, BiConsumer<String, String> onRaised)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/alerts/stream"))
                        .header("Authorization", "Basic " + token)
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the alert stream answered HTTP " + response.statusCode());
        }
        return new AlertStream(http, response.body(), onRaised);
    }

    private void read(BiConsumer<String, String> onRaised) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "";
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && event.equals("alert")) {
                    Matcher raised =
                            RAISED.matcher(line.substring("data:".length()).trim());
                    if (raised.find()) {
                        onRaised.accept(raised.group(1), raised.group(2));
                    }
                }
            }
        } catch (IOException e) {
            // Closed at the end of the run.
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
        http.close();
    }
}
