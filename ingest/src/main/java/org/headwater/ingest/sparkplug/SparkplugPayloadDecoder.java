package org.headwater.ingest.sparkplug;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headwater.ingest.sparkplug.SparkplugMetric.Mismatch;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Sparkplug B protobuf payload ({@code sparkplug_b.proto}, specification 3.0) on
 * protobuf's wire reader, keeping only what a host that stores readings needs: timestamps, the
 * sequence number and each metric's name, alias, datatype, scalar value and scalar properties.
 * Data sets, templates, files and arrays are kept as a {@link Mismatch}. Fields it does not know are
 * skipped, as protobuf requires. Never trusts lengths: a truncated or garbled payload is refused
 * with an {@link IllegalArgumentException} naming where it broke. Thread-safe (stateless).
 */
public final class SparkplugPayloadDecoder {

    private static final int MAX_NESTING = 8;

    private SparkplugPayloadDecoder() {}

    /**
     * @throws IllegalArgumentException when {@code bytes} is not a Sparkplug B payload
     */
    public static SparkplugPayload decode(byte[] bytes) {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        try {
            return payload(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "not a Sparkplug B payload (" + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    private static SparkplugPayload payload(CodedInputStream in) throws IOException {
        Long timestamp = null;
        Long seq = null;
        List<SparkplugMetric> metrics = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> timestamp = varint(in, tag, "payload.timestamp");
                case 2 -> metrics.add(nested(in, tag, "payload.metrics[" + metrics.size() + "]", () -> metric(in)));
                case 3 -> seq = varint(in, tag, "payload.seq");
                default -> in.skipField(tag);
            }
        }
        if (seq != null && (seq < 0 || seq > 255)) {
            throw new IllegalArgumentException("payload.seq " + Long.toUnsignedString(seq) + " is outside 0..255");
        }
        return new SparkplugPayload(timestamp, seq, metrics);
    }

    private static SparkplugMetric metric(CodedInputStream in) throws IOException {
        String name = null;
        Long alias = null;
        Long timestamp = null;
        int dataType = 0;
        boolean historical = false;
        boolean isNull = false;
        Raw raw = null;
        Map<String, Object> properties = Map.of();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> name = string(in, tag, "metric.name");
                case 2 -> alias = varint(in, tag, "metric.alias");
                case 3 -> timestamp = varint(in, tag, "metric.timestamp");
                case 4 -> dataType = (int) (long) varint(in, tag, "metric.datatype");
                case 5 -> historical = varint(in, tag, "metric.is_historical") != 0;
                case 7 -> isNull = varint(in, tag, "metric.is_null") != 0;
                case 9 -> properties = nested(in, tag, "metric.properties", () -> properties(in, 1));
                case 10 -> raw = new Raw(Field.INT, varint(in, tag, "metric.int_value"), null);
                case 11 -> raw = new Raw(Field.LONG, varint(in, tag, "metric.long_value"), null);
                case 12 -> raw = new Raw(Field.FLOAT, fixed32(in, tag, "metric.float_value"), null);
                case 13 -> raw = new Raw(Field.DOUBLE, fixed64(in, tag, "metric.double_value"), null);
                case 14 -> raw = new Raw(Field.BOOLEAN, varint(in, tag, "metric.boolean_value"), null);
                case 15 -> raw = new Raw(Field.STRING, 0, string(in, tag, "metric.string_value"));
                case 16, 17, 18, 19 -> {
                    in.skipField(tag);
                    raw = new Raw(Field.OTHER, 0, null);
                }
                default -> in.skipField(tag);
            }
        }
        Object value = isNull ? null : value(dataType, raw);
        return new SparkplugMetric(name, alias, timestamp, dataType, historical, value, properties);
    }

    /** Which value field of the metric was set. */
    private enum Field {
        INT,
        LONG,
        FLOAT,
        DOUBLE,
        BOOLEAN,
        STRING,
        OTHER
    }

    /** A metric's value field as read: the bits of a number field, or the text of a string field. */
    private record Raw(Field field, long bits, @Nullable String text) {}

    // Signed integers travel as two's complement in the unsigned fields (specification 3.0, 6.4.16).
    private static Object value(int dataType, @Nullable Raw raw) {
        String type = SparkplugDataType.name(dataType);
        if (raw == null) {
            return new Mismatch(type + " metric carries no value");
        }
        Object value = switch (dataType) {
            case SparkplugDataType.INT8 -> raw.field == Field.INT ? (Object) (long) (byte) raw.bits : null;
            case SparkplugDataType.INT16 -> raw.field == Field.INT ? (Object) (long) (short) raw.bits : null;
            case SparkplugDataType.INT32 -> raw.field == Field.INT ? (Object) (long) (int) raw.bits : null;
            case SparkplugDataType.UINT8 -> raw.field == Field.INT ? (Object) (raw.bits & 0xFFL) : null;
            case SparkplugDataType.UINT16 -> raw.field == Field.INT ? (Object) (raw.bits & 0xFFFFL) : null;
            case SparkplugDataType.UINT32 ->
                raw.field == Field.INT || raw.field == Field.LONG ? (Object) (raw.bits & 0xFFFF_FFFFL) : null;
            case SparkplugDataType.INT64 -> raw.field == Field.LONG ? (Object) raw.bits : null;
            case SparkplugDataType.UINT64 -> raw.field == Field.LONG ? (Object) unsigned(raw.bits) : null;
            case SparkplugDataType.FLOAT ->
                raw.field == Field.FLOAT ? (Object) (double) Float.intBitsToFloat((int) raw.bits) : null;
            case SparkplugDataType.DOUBLE ->
                raw.field == Field.DOUBLE ? (Object) Double.longBitsToDouble(raw.bits) : null;
            case SparkplugDataType.BOOLEAN -> raw.field == Field.BOOLEAN ? (Object) (raw.bits != 0) : null;
            case SparkplugDataType.STRING, SparkplugDataType.TEXT, SparkplugDataType.UUID ->
                raw.field == Field.STRING ? raw.text : null;
            default -> new Mismatch(type + " is not a scalar value");
        };
        return value != null ? value : new Mismatch(type + " metric carries a " + raw.field + " value field");
    }

    private static double unsigned(long bits) {
        return bits >= 0 ? bits : (double) (bits >>> 1) * 2 + (bits & 1);
    }

    private static Map<String, Object> properties(CodedInputStream in, int depth) throws IOException {
        List<String> keys = new ArrayList<>();
        List<@Nullable Object> values = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> keys.add(string(in, tag, "properties.keys"));
                case 2 -> values.add(nested(in, tag, "properties.values", () -> propertyValue(in, depth)));
                default -> in.skipField(tag);
            }
        }
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(
                    "properties has " + keys.size() + " keys but " + values.size() + " values");
        }
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                properties.put(keys.get(i), value);
            }
        }
        return properties;
    }

    // Scalars only; nested property sets (rare, vendor-specific) are skipped.
    private static @Nullable Object propertyValue(CodedInputStream in, int depth) throws IOException {
        if (depth > MAX_NESTING) {
            throw new IllegalArgumentException("property sets nested deeper than " + MAX_NESTING);
        }
        Object value = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 3, 4 -> value = varint(in, tag, "property.int_value");
                case 5 -> value = (double) Float.intBitsToFloat((int) fixed32(in, tag, "property.float_value"));
                case 6 -> value = Double.longBitsToDouble(fixed64(in, tag, "property.double_value"));
                case 7 -> value = varint(in, tag, "property.boolean_value") != 0;
                case 8 -> value = string(in, tag, "property.string_value");
                default -> in.skipField(tag);
            }
        }
        return value;
    }

    @FunctionalInterface
    private interface Part<T> {
        T read() throws IOException;
    }

    private static <T> T nested(CodedInputStream in, int tag, String field, Part<T> part) throws IOException {
        expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
        int length = in.readRawVarint32();
        int outer = in.pushLimit(length);
        T value = part.read();
        in.checkLastTagWas(0);
        in.popLimit(outer);
        return value;
    }

    private static long varint(CodedInputStream in, int tag, String field) throws IOException {
        expect(tag, WireFormat.WIRETYPE_VARINT, field);
        return in.readRawVarint64();
    }

    private static long fixed32(CodedInputStream in, int tag, String field) throws IOException {
        expect(tag, WireFormat.WIRETYPE_FIXED32, field);
        return in.readRawLittleEndian32();
    }

    private static long fixed64(CodedInputStream in, int tag, String field) throws IOException {
        expect(tag, WireFormat.WIRETYPE_FIXED64, field);
        return in.readRawLittleEndian64();
    }

    private static String string(CodedInputStream in, int tag, String field) throws IOException {
        expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
        return in.readStringRequireUtf8();
    }

    private static void expect(int tag, int wireType, String field) {
        if (WireFormat.getTagWireType(tag) != wireType) {
            throw new IllegalArgumentException(
                    field + " has wire type " + WireFormat.getTagWireType(tag) + ", expected " + wireType);
        }
    }
}
