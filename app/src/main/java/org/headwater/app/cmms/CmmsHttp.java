package org.headwater.app.cmms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.headwater.workorder.CmmsGateway.CmmsRejected;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CMMS connection: JSON requests with the configured timeouts, sorting the failures the way the outbox needs
 * them. A connect error, a timeout, a 5xx answer, 408 (request timeout) or 429 (too many requests) is
 * {@link CmmsUnavailable} (try again later); any other 4xx answer is left to the caller, who turns it into
 * {@link CmmsRejected} with the CMMS's own message ({@link #rejected}).
 */
final class CmmsHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_MESSAGE = 500;

    private final String cmms;
    private final CmmsTimeouts timeouts;
    private final HttpClient client;

    CmmsHttp(String cmms, CmmsTimeouts timeouts) {
        this.cmms = cmms;
        this.timeouts = timeouts;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A request to {@code uri} with the request timeout and JSON content type set. */
    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeouts.request())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    /** Sends it; any other answer is returned for the caller to judge. */
    Answer exchange(HttpRequest request, String what) throws CmmsUnavailable {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CmmsUnavailable(
                    cmms + " " + what + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CmmsUnavailable(cmms + " " + what + ": interrupted", e);
        }
        Answer answer = new Answer(response.statusCode(), response.body(), response.headers());
        if (answer.status() >= 500 || answer.status() == 408 || answer.status() == 429) {
            throw new CmmsUnavailable(
                    cmms + " " + what + " answered HTTP " + answer.status() + ": " + message(answer.body()), null);
        }
        return answer;
    }

    /** A 4xx answer as a rejection carrying the CMMS's own message. */
    CmmsRejected rejected(Answer answer, String what) {
        return new CmmsRejected(what + " answered HTTP " + answer.status() + ": " + message(answer.body()));
    }

    /** The CMMS's error text: Maximo's {@code Error.message}, EAM's first alert, a {@code message}, or the body. */
    static String message(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode root = JSON.readTree(body);
            for (JsonNode candidate : new JsonNode[] {
                root.path("Error").path("message"),
                root.path("ErrorAlert").path(0).path("Message"),
                root.path("message"),
                root.path("error")
            }) {
                if (candidate.isString() && !candidate.asString().isBlank()) {
                    return shorten(candidate.asString());
                }
            }
        } catch (JacksonException e) {
            // not JSON: the body itself is the message
        }
        return shorten(body.strip());
    }

    static JsonNode parse(String body, String what) throws CmmsUnavailable {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            // a 2xx answer we cannot read is the CMMS misbehaving, not our order being wrong: try again later
            throw new CmmsUnavailable(what + " answered with unreadable JSON: " + shorten(body), e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST_MESSAGE ? text : text.substring(0, LONGEST_MESSAGE) + "…";
    }

    /** An answer that is not a server error, a request timeout or a throttle. */
    record Answer(int status, String body, HttpHeaders headers) {
        boolean ok() {
            return status / 100 == 2;
        }
    }
}
