package org.headwater.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;

/**
 * Four metered premises, M1 to M4 (tests share one database: a test that leaves an alert open at a
 * meter takes one of its own). A meter's hourly reads for a day either side of a vendor
 * reverse-flow alarm are pushed through the real ingest endpoint, so the real detectors raise the alert.
 */
final class SmallTown {

    private final String baseUrl;
    private final String adminPassword;

    SmallTown(CurrentNetwork network, String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
        Network.Builder town = Network.builder("small-town");
        for (String n : List.of("1", "2", "3", "4")) {
            town.add(NetworkElement.of("PR" + n, ElementKind.PREMISE))
                    .add(new NetworkElement(
                            "M" + n,
                            ElementKind.METER,
                            "Meter " + n,
                            null,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate("M" + n, RelationType.SERVES, "PR" + n);
        }
        network.replace(town.build());
    }

    /** Pushes {@code meter}'s reads around {@code alarm} and the alarm; returns the id of the backflow alert. */
    String backflowAlarm(String meter, Instant alarm) throws IOException, InterruptedException {
        return backflowAlarm(meter, alarm, 24);
    }

    /**
     * As {@link #backflowAlarm(String, Instant)} with reads up to {@code hoursAfter} the alarm; with none after
     * it, the alert is still open (normal reads afterwards clear it).
     */
    String backflowAlarm(String meter, Instant alarm, int hoursAfter) throws IOException, InterruptedException {
        List<String> reads = new ArrayList<>();
        for (int hour = -24; hour <= hoursAfter; hour++) {
            double litres = hour == 0 ? -2.5 : 10 + 8 * Math.sin(hour / 3.0);
            reads.add("{\"source\":\"%s\",\"time\":\"%s\",\"kind\":\"interval\",\"value\":%.2f,\"unit\":\"L\"}"
                    .formatted(meter, alarm.plus(Duration.ofHours(hour)), litres));
        }
        String batch = "{\"reads\":[" + String.join(",", reads) + "],\"alarms\":[{\"meter\":\"" + meter
                + "\",\"time\":\"" + alarm + "\",\"code\":\"REVERSE_FLOW\"}]}";
        HttpResponse<String> pushed = post("/api/v1/ingest/reads", batch);
        if (pushed.statusCode() != 200) {
            throw new IllegalStateException("pushing the reads of " + meter + " failed: " + pushed.body());
        }
        awaitBackflow(meter, alarm);
        return meter + "/BACKFLOW/" + alarm;
    }

    /**
     * Pushes {@code meter}'s reads up to 5 hours before {@code alarm} (the headend has not sent the rest
     * yet), then a reverse-flow alarm at {@code alarm} and a magnetic-tamper alarm 30 minutes later: the
     * detectors raise backflow and tamper at the meter and backflow + tamper at its premise.
     */
    void backflowAndTamperBeforeTheReads(String meter, Instant alarm) throws IOException, InterruptedException {
        List<String> reads = new ArrayList<>();
        for (int hour = -29; hour <= -5; hour++) {
            reads.add("{\"source\":\"%s\",\"time\":\"%s\",\"kind\":\"interval\",\"value\":12,\"unit\":\"L\"}"
                    .formatted(meter, alarm.plus(Duration.ofHours(hour))));
        }
        String batch = "{\"reads\":[" + String.join(",", reads) + "],\"alarms\":["
                + "{\"meter\":\"" + meter + "\",\"time\":\"" + alarm + "\",\"code\":\"REVERSE_FLOW\"},"
                + "{\"meter\":\"" + meter + "\",\"time\":\"" + alarm.plus(Duration.ofMinutes(30))
                + "\",\"code\":\"MAGNETIC_TAMPER\"}]}";
        HttpResponse<String> pushed = post("/api/v1/ingest/reads", batch);
        if (pushed.statusCode() != 200) {
            throw new IllegalStateException("pushing the alarms of " + meter + " failed: " + pushed.body());
        }
        awaitBackflow(meter, alarm);
    }

    // The push is answered once stored; the detectors raise the alert from the delivery record just after.
    private void awaitBackflow(String meter, Instant alarm) {
        Awaitility.await("alert " + meter + "/BACKFLOW/" + alarm)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/v1/alerts/" + pathSegment(meter) + "/BACKFLOW/" + alarm)
                                .statusCode()
                        == 200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + token())
                .GET()
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String pathSegment(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String token() {
        return Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
