package org.headwater.ingest.reads;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the JSON read payload shared by MQTT and REST push (schema in
 * {@code docs/ingest-formats.md}): {@code {"reads": [...], "alarms": [...]}}. Never throws for bad
 * input: an oversized payload, invalid JSON or a wrong shape becomes one quarantine entry, and each
 * bad element of {@code reads} or {@code alarms} is quarantined on its own (position = index in its
 * array; alarms are numbered after the reads) while the good ones are kept. Thread-safe.
 */
public final class ReadPayloadParser {

    /** Large enough for a day of 5-minute reads of a few hundred meters. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1 << 20;

    private final ReadIntake intake;
    private final int maxPayloadBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReadPayloadParser(ReadIntake intake, int maxPayloadBytes) {
        this.intake = Objects.requireNonNull(intake, "intake");
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive: " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /**
     * @param channel names the source in quarantine entries, e.g. {@code mqtt:headwater/v1/u/meters/m1/reads}
     * @param defaultSourceId the meter or sensor the topic or URL names; elements without
     *     {@code source} (reads) or {@code meter} (alarms) belong to it
     */
    public IngestBatch parse(byte[] payload, String channel, @Nullable String defaultSourceId, Instant receivedAt) {
        IngestBatch.Builder out = IngestBatch.builder();
        ReadIntake.Session session = intake.session(channel, receivedAt, out);
        if (payload.length > maxPayloadBytes) {
            session.reject(
                    new Rejection(
                            RejectionReason.PAYLOAD_TOO_LARGE,
                            "payload of " + payload.length + " bytes exceeds the limit of " + maxPayloadBytes
                                    + " bytes"),
                    head(payload));
            return out.drain();
        }
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JacksonException e) {
            session.reject(
                    new Rejection(RejectionReason.INVALID_JSON, "payload is not valid JSON: " + e.getOriginalMessage()),
                    head(payload));
            return out.drain();
        }
        JsonNode reads = root == null ? null : root.get("reads");
        JsonNode alarms = root == null ? null : root.get("alarms");
        if (root == null
                || !root.isObject()
                || (reads == null && alarms == null)
                || (reads != null && !reads.isArray())
                || (alarms != null && !alarms.isArray())) {
            session.reject(
                    new Rejection(
                            RejectionReason.MALFORMED_RECORD,
                            "payload must be an object with a \"reads\" and/or an \"alarms\" array"),
                    head(payload));
            return out.drain();
        }
        int position = 0;
        for (JsonNode read : elements(reads)) {
            session.position(position++);
            Rejection r = read(read, defaultSourceId, session);
            if (r != null) {
                session.reject(r, read.toString());
            }
        }
        for (JsonNode alarm : elements(alarms)) {
            session.position(position++);
            Rejection r = alarm(alarm, defaultSourceId, session);
            if (r != null) {
                session.reject(r, alarm.toString());
            }
        }
        return out.drain();
    }

    private @Nullable Rejection read(JsonNode read, @Nullable String defaultSourceId, ReadIntake.Session session) {
        Field source = text(read, "source", defaultSourceId);
        Field time = text(read, "time", null);
        Field kind = text(read, "kind", null);
        Field unit = text(read, "unit", null);
        for (Field f : new Field[] {source, time, kind, unit}) {
            if (f.problem != null) {
                return f.problem;
            }
        }
        int k = ReadKinds.indexOf(kind.value);
        Measurand measurand = k < 0 ? null : ReadKinds.measurand(k);
        if (measurand == null) {
            return new Rejection(
                    RejectionReason.MALFORMED_RECORD,
                    "kind \"" + kind.value + "\" is not one of "
                            + ReadKinds.list().replace(", alarm", "") + " (alarms go in \"alarms\")");
        }
        JsonNode value = read.get("value");
        if (value == null || value.isNull()) {
            return new Rejection(RejectionReason.MISSING_FIELD, "value is missing");
        }
        if (!value.isNumber()) {
            return new Rejection(RejectionReason.INVALID_NUMBER, "value " + value + " is not a JSON number");
        }
        // Number.doubleValue, not JsonNode.doubleValue: an integer beyond double's range becomes
        // infinite instead of throwing.
        double number = value.numberValue().doubleValue();
        if (!Double.isFinite(number)) {
            String digits = value.toString();
            return new Rejection(
                    RejectionReason.INVALID_NUMBER,
                    "value "
                            + (digits.length() > 40
                                    ? digits.substring(0, 40) + "… (" + digits.length() + " digits)"
                                    : digits)
                            + " is beyond the range of a double");
        }
        Unit parsedUnit = Unit.parse(unit.value).orElse(null);
        if (parsedUnit == null) {
            return new Rejection(RejectionReason.UNKNOWN_UNIT, "unit \"" + unit.value + "\" is not a known unit");
        }
        Instant at;
        try {
            at = instant(time.value);
        } catch (IsoTimestamps.InvalidTimestamp e) {
            return new Rejection(RejectionReason.INVALID_TIMESTAMP, "time \"" + time.value + "\" " + e.getMessage());
        }
        Field serial = text(read, "serial", "");
        if (serial.problem != null) {
            return serial.problem;
        }
        return session.reading(
                source.value, measurand, at, number, parsedUnit, serial.value.isEmpty() ? null : serial.value);
    }

    private @Nullable Rejection alarm(JsonNode alarm, @Nullable String defaultSourceId, ReadIntake.Session session) {
        Field meter = text(alarm, "meter", defaultSourceId);
        Field time = text(alarm, "time", null);
        Field code = text(alarm, "code", null);
        for (Field f : new Field[] {meter, time, code}) {
            if (f.problem != null) {
                return f.problem;
            }
        }
        try {
            return session.alarm(meter.value, instant(time.value), code.value);
        } catch (IsoTimestamps.InvalidTimestamp e) {
            return new Rejection(RejectionReason.INVALID_TIMESTAMP, "time \"" + time.value + "\" " + e.getMessage());
        }
    }

    private static Iterable<JsonNode> elements(@Nullable JsonNode array) {
        return array == null ? java.util.List.of() : array;
    }

    private static Instant instant(String text) throws IsoTimestamps.InvalidTimestamp {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return IsoTimestamps.parse(b, 0, b.length);
    }

    /** A string field's value, or why it cannot be had. */
    private record Field(String value, @Nullable Rejection problem) {}

    private static Field text(JsonNode node, String name, @Nullable String fallback) {
        JsonNode field = node.isObject() ? node.get(name) : null;
        if (field == null || field.isNull()) {
            return fallback != null
                    ? new Field(fallback, null)
                    : new Field("", new Rejection(RejectionReason.MISSING_FIELD, name + " is missing"));
        }
        if (!field.isString() || field.stringValue().isBlank()) {
            return new Field(
                    "",
                    new Rejection(RejectionReason.MALFORMED_RECORD, name + " " + field + " is not a non-empty string"));
        }
        return new Field(field.stringValue(), null);
    }

    private static String head(byte[] payload) {
        return new String(
                payload,
                0,
                Math.min(payload.length, 2 * org.headwater.telemetry.RejectedRecord.MAX_RAW_LENGTH),
                StandardCharsets.UTF_8);
    }
}
