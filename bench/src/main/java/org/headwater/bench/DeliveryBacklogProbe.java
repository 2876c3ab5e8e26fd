package org.headwater.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far one consumer of the server is behind ({@code GET /api/v1/admin/deliveries}): events waiting
 * and the age of the oldest. A soak is only flat if the detectors keep up; a growing backlog is memory
 * and alerts that come later and later.
 */
final class DeliveryBacklogProbe {

    /** One look: batches waiting and how long ago the oldest was stored (zero when none waits). */
    record Look(long waiting, Duration oldest) {
        String describe() {
            return String.format(Locale.ROOT, "%,d waiting, oldest %d s", waiting, oldest.toSeconds());
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;
    private final Pattern entry;
    private long maxWaiting;

    DeliveryBacklogProbe(String baseUrl, String user, String password, String consumer) {
        this.baseUrl = baseUrl;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.entry = Pattern.compile("\\{\"consumer\":\"" + Pattern.quote(consumer)
                + "\",\"waiting\":(\\d+),\"parked\":\\d+,\"oldestWaitingRecordedAt\":(null|\"([^\"]+)\")");
    }

    Look look() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/admin/deliveries"))
                        .header("Authorization", authorization)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = entry.matcher(response.body());
        if (response.statusCode() != 200 || !found.find()) {
            throw new IOException("the delivery backlog answered HTTP " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        long waiting = Long.parseLong(found.group(1));
        maxWaiting = Math.max(maxWaiting, waiting);
        Duration oldest =
                found.group(3) == null ? Duration.ZERO : Duration.between(Instant.parse(found.group(3)), Instant.now());
        return new Look(waiting, oldest.isNegative() ? Duration.ZERO : oldest);
    }

    long maxWaiting() {
        return maxWaiting;
    }
}
