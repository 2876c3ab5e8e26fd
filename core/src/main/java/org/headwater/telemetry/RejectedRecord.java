package org.headwater.telemetry;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be accepted, kept with its raw text and the specific reason so nothing
 * is dropped silently.
 *
 * @param channel where it came from, e.g. {@code csv:reads-2024-05-01.csv} or {@code mqtt:headwater/reads/m1}
 * @param position line number or message sequence within the channel, or -1 when not applicable
 * @param raw the record as received (truncated to a bounded length by the adapter)
 * @param reason machine-readable reason
 * @param detail human-readable explanation naming the field and the value
 * @param receivedAt arrival time
 */
public record RejectedRecord(
        String channel, long position, String raw, RejectionReason reason, String detail, Instant receivedAt) {

    /** Longest raw text kept per record (the suffix naming the original length included), so an oversized payload cannot fill the quarantine. */
    public static final int MAX_RAW_LENGTH = 2000;

    public RejectedRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (raw.length() > MAX_RAW_LENGTH) {
            String suffix = "…[" + raw.length() + " chars]";
            raw = raw.substring(0, MAX_RAW_LENGTH - suffix.length()) + suffix;
        }
    }
}
