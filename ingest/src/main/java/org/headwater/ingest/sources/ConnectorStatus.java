package org.headwater.ingest.sources;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One connector as the status board last saw it.
 *
 * @param kind the protocol ({@code opcua}, {@code sparkplug}, {@code modbus}, ...)
 * @param name the source's configured name
 * @param state connection state
 * @param since when it entered {@code state}
 * @param lastValueTime source time of the newest value taken, or null before the first
 * @param valuesPerSecond values taken per second over the last {@link ConnectorStatusBoard#RATE_WINDOW}
 * @param values values taken since start (readings and quarantined values)
 * @param quarantined values refused (bad quality, unmapped, implausible) since start
 * @param errors connection and protocol errors since start
 * @param lastError the newest error's message, or null
 * @param lastErrorAt when the newest error happened, or null
 */
public record ConnectorStatus(
        String kind,
        String name,
        ConnectorState state,
        Instant since,
        @Nullable Instant lastValueTime,
        double valuesPerSecond,
        long values,
        long quarantined,
        long errors,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt) {

    public ConnectorStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
    }
}
