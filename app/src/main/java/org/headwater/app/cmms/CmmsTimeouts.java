package org.headwater.app.cmms;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a connector waits for the CMMS. A request that takes longer counts as the CMMS being unavailable: the
 * outbox retries it, and the connector's query-before-create makes the retry find a record the slow attempt made.
 *
 * @param connect to open the connection
 * @param request for the whole answer of one request
 */
public record CmmsTimeouts(Duration connect, Duration request) {

    public CmmsTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(request, "request");
        if (connect.isNegative() || connect.isZero() || request.isNegative() || request.isZero()) {
            throw new IllegalArgumentException(
                    "timeouts must be positive: connect " + connect + ", request " + request);
        }
    }

    /** 5 s to connect, 20 s for an answer. */
    public static CmmsTimeouts defaults() {
        return new CmmsTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }
}
