package org.headwater.telemetry;

import java.time.Instant;
import java.util.Objects;

/**
 * Why one value was refused, before the adapter adds where it came from. Validators return this so
 * the hot path builds the full {@link RejectedRecord} (with the raw text) only for bad input.
 *
 * @param reason machine-readable reason
 * @param detail names the field and the value, e.g. {@code unit "psi" is a PRESSURE unit, REGISTER needs VOLUME}
 */
public record Rejection(RejectionReason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public RejectedRecord toRecord(String channel, long position, String raw, Instant receivedAt) {
        return new RejectedRecord(channel, position, raw, reason, detail, receivedAt);
    }
}
