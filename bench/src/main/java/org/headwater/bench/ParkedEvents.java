package org.headwater.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's parked list ({@code GET /api/v1/admin/parked}): events a consumer gave up on, each with
 * its {@code source}. Checks it holds exactly the poison meter's events (or nothing, when no event is poison).
 */
final class ParkedEvents {

    private static final Pattern SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ENTRY = Pattern.compile("\"consumer\"\\s*:");

    private final String baseUrl;
    private final String authorization;
    private long wrong;

    ParkedEvents(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the server has a parked list at all: an unknown path answers 403 to the admin (everything not
     * in the access policy is denied), or 404.
     */
    boolean available() throws IOException, InterruptedException {
        return get().statusCode() == 200;
    }

    /**
     * Counts the parked entries: with {@code poisonExpected}, every entry must be of {@code poisonMeter} and
     * there must be at least one; without, there must be none. Mismatches are counted in {@link #wrong()}.
     */
    String report(String poisonMeter, boolean poisonExpected) throws IOException, InterruptedException {
        if (poisonExpected) {
            awaitSettled();
        }
        return count(poisonMeter, poisonExpected);
    }

    // The poison meter's last events are parked a few retries after they were stored: wait until the list stops
    // growing.
    private void awaitSettled() throws IOException, InterruptedException {
        long previous = -1;
        for (int look = 0; look < 45; look++) {
            HttpResponse<String> response = get();
            long entries = response.statusCode() == 200
                    ? ENTRY.matcher(response.body()).results().count()
                    : -1;
            if (entries > 0 && entries == previous) {
                return;
            }
            previous = entries;
            Thread.sleep(2_000);
        }
    }

    private String count(String poisonMeter, boolean poisonExpected) throws IOException, InterruptedException {
        HttpResponse<String> response = get();
        if (response.statusCode() != 200) {
            wrong++;
            return "parked list answered HTTP " + response.statusCode();
        }
        long entries = ENTRY.matcher(response.body()).results().count();
        long ofPoison = 0;
        Matcher source = SOURCE.matcher(response.body());
        while (source.find()) {
            ofPoison += source.group(1).equals(poisonMeter) ? 1 : 0;
        }
        long others = entries - ofPoison;
        wrong = others + (poisonExpected && ofPoison == 0 ? 1 : 0) + (!poisonExpected ? ofPoison : 0);
        return "parked=" + entries + " (of " + poisonMeter + ": " + ofPoison + ", of other sources: " + others + ")";
    }

    /** Parked entries that should not be there, plus one when the poison meter's events are missing. */
    long wrong() {
        return wrong;
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/admin/parked"))
                            .header("Authorization", authorization)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
