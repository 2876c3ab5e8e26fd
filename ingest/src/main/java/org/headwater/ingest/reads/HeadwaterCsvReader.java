package org.headwater.ingest.reads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Streams a Headwater CSV file (see {@code docs/ingest-formats.md}) into a {@link TelemetrySink} in
 * batches. Each bad line is quarantined with its line number and a specific reason; the good lines
 * around it are kept. Only a missing or wrong header fails the whole file, because without it no
 * line can be interpreted.
 *
 * <p>Works on bytes and avoids per-field Strings: this is the ingestion hot path. One reader is
 * used by one thread at a time; run several for parallel files.
 */
public final class HeadwaterCsvReader {

    /** The header with every column; the last two ({@code code}, {@code serial}) may be left out. */
    public static final String HEADER = "source_id,time,kind,value,unit,code,serial";

    public static final int DEFAULT_BATCH_SIZE = 10_000;
    public static final int DEFAULT_MAX_LINE_BYTES = 4096;

    private static final int MIN_FIELDS = 5;
    private static final int MAX_FIELDS = 7;

    private final ReadIntake intake;
    private final Clock clock;
    private final int batchSize;
    private final int maxLineBytes;

    public HeadwaterCsvReader(ReadIntake intake, Clock clock, int batchSize, int maxLineBytes) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
        this.maxLineBytes = maxLineBytes;
    }

    public HeadwaterCsvReader(ReadIntake intake, Clock clock) {
        this(intake, clock, DEFAULT_BATCH_SIZE, DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * Reads the whole stream, delivering batches of at most about {@code batchSize} entries.
     *
     * @param channel names the source in quarantine entries, e.g. {@code csv:reads-2024-05-01.csv}
     * @throws IllegalArgumentException when the header is missing or wrong
     * @throws IOException when the stream cannot be read (batches already delivered stay delivered)
     */
    public CsvReadReport read(InputStream in, String channel, TelemetrySink sink) throws IOException {
        IngestBatch.Builder out = IngestBatch.builder();
        ReadIntake.Session session = intake.session(channel, clock.instant(), out);
        ByteLines lines = new ByteLines(in, maxLineBytes);
        LineParser parser = null;
        LineTally tally = new LineTally(out);
        while (lines.next()) {
            if (isBlankOrComment(lines)) {
                continue;
            }
            if (parser == null) {
                parser = new LineParser(header(lines, channel), session);
                continue;
            }
            tally.lineStarts();
            session.position(lines.number());
            Rejection rejection = parser.parse(lines);
            if (rejection != null) {
                session.reject(rejection, lines.text());
            }
            tally.lineEnds(rejection == null);
            if (out.size() >= batchSize) {
                sink.accept(out.drain());
            }
        }
        if (out.size() > 0) {
            sink.accept(out.drain());
        }
        return tally.report();
    }

    private static boolean isBlankOrComment(ByteLines lines) {
        byte[] b = lines.buffer();
        for (int i = lines.start(); i < lines.end(); i++) {
            if (b[i] == '#') {
                return true;
            }
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The number of columns the header declares; a wrong header fails the file. */
    private static int header(ByteLines lines, String channel) {
        String text = lines.text().strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] names = text.split(",", -1);
        String[] expected = HEADER.split(",");
        boolean ok = names.length >= MIN_FIELDS && names.length <= MAX_FIELDS;
        for (int i = 0; ok && i < names.length; i++) {
            String name = names[i].strip();
            ok = name.equals(expected[i]) || (i == 0 && name.equals("meter_id"));
        }
        if (!ok) {
            throw new IllegalArgumentException(channel + " line " + lines.number() + ": header must be \"" + HEADER
                    + "\" (code and serial optional) but was \"" + text + "\"");
        }
        return names.length;
    }

    /** Splits and interprets one data line. */
    private static final class LineParser {
        private static final byte[][] KIND_BYTES = ReadKinds.NAMES.stream()
                .map(k -> k.getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);

        private final int columns;
        private final ReadIntake.Session session;
        private final int[] from = new int[MAX_FIELDS + 1];
        private final int[] to = new int[MAX_FIELDS + 1];
        private final UnitLookup units = new UnitLookup();
        private final byte[] lastTime = new byte[64];
        private int lastTimeLength = -1;
        private @Nullable Instant lastInstant;
        private final byte[] lastSource = new byte[256];
        private int lastSourceLength = -1;
        private String lastSourceId = "";

        LineParser(int columns, ReadIntake.Session session) {
            this.columns = columns;
            this.session = session;
        }

        @Nullable
        Rejection parse(ByteLines line) {
            if (line.tooLong()) {
                return new Rejection(
                        RejectionReason.MALFORMED_RECORD,
                        "line is longer than the limit of " + (line.end() - line.start()) + " bytes");
            }
            byte[] b = line.buffer();
            int fields = split(b, line.start(), line.end());
            if (fields < MIN_FIELDS || fields > columns) {
                return new Rejection(
                        RejectionReason.MALFORMED_RECORD,
                        "line has " + fields + " comma-separated fields, expected " + MIN_FIELDS + " to " + columns
                                + " (" + HEADER + ")");
            }
            for (int f = 0; f < 3; f++) {
                if (from[f] == to[f]) {
                    return missing(HEADER.split(",")[f]);
                }
            }
            String sourceId = sourceId(b);
            Instant time;
            try {
                time = time(b);
            } catch (IsoTimestamps.InvalidTimestamp e) {
                return new Rejection(
                        RejectionReason.INVALID_TIMESTAMP, "time \"" + text(b, 1) + "\" " + e.getMessage());
            }
            int kind = kind(b);
            if (kind < 0) {
                return new Rejection(
                        RejectionReason.MALFORMED_RECORD,
                        "kind \"" + text(b, 2) + "\" is not one of " + ReadKinds.list());
            }
            Measurand measurand = ReadKinds.measurand(kind);
            if (measurand == null) {
                return fields < 6 || from[5] == to[5] ? missing("code") : session.alarm(sourceId, time, text(b, 5));
            }
            return reading(b, fields, sourceId, measurand, time);
        }

        private @Nullable Rejection reading(byte[] b, int fields, String sourceId, Measurand measurand, Instant time) {
            if (from[3] == to[3]) {
                return missing("value");
            }
            if (from[4] == to[4]) {
                return missing("unit");
            }
            double value;
            try {
                value = DecimalBytes.parse(b, from[3], to[3]);
            } catch (NumberFormatException e) {
                return new Rejection(RejectionReason.INVALID_NUMBER, "value " + e.getMessage());
            }
            Unit unit = units.find(b, from[4], to[4]);
            if (unit == null) {
                return new Rejection(RejectionReason.UNKNOWN_UNIT, "unit \"" + text(b, 4) + "\" is not a known unit");
            }
            String serial = fields == 7 && from[6] != to[6] ? text(b, 6) : null;
            return session.reading(sourceId, measurand, time, value, unit, serial);
        }

        private static Rejection missing(String field) {
            return new Rejection(RejectionReason.MISSING_FIELD, field + " is empty");
        }

        /** Records field boundaries, trimming blanks; returns the field count (more than MAX_FIELDS means too many). */
        private int split(byte[] b, int start, int end) {
            int count = 0;
            int fieldStart = start;
            for (int i = start; i <= end; i++) {
                if (i == end || b[i] == ',') {
                    if (count <= MAX_FIELDS) {
                        int s = fieldStart;
                        int e = i;
                        while (s < e && b[s] == ' ') s++;
                        while (e > s && b[e - 1] == ' ') e--;
                        from[count] = s;
                        to[count] = e;
                    }
                    count++;
                    fieldStart = i + 1;
                }
            }
            return count;
        }

        private String sourceId(byte[] b) {
            int len = to[0] - from[0];
            // Headend exports usually list one meter's reads together: reuse the String (and its hash).
            if (len == lastSourceLength && Arrays.equals(b, from[0], to[0], lastSource, 0, len)) {
                return lastSourceId;
            }
            lastSourceId = text(b, 0);
            if (len <= lastSource.length) {
                System.arraycopy(b, from[0], lastSource, 0, len);
                lastSourceLength = len;
            } else {
                lastSourceLength = -1;
            }
            return lastSourceId;
        }

        private Instant time(byte[] b) throws IsoTimestamps.InvalidTimestamp {
            int len = to[1] - from[1];
            // Reads of many meters share a timestamp: parse it once.
            if (lastInstant != null && len == lastTimeLength && Arrays.equals(b, from[1], to[1], lastTime, 0, len)) {
                return lastInstant;
            }
            Instant t = IsoTimestamps.parse(b, from[1], to[1]);
            if (len <= lastTime.length) {
                System.arraycopy(b, from[1], lastTime, 0, len);
                lastTimeLength = len;
                lastInstant = t;
            }
            return t;
        }

        private int kind(byte[] b) {
            int len = to[2] - from[2];
            for (int k = 0; k < KIND_BYTES.length; k++) {
                byte[] name = KIND_BYTES[k];
                if (name.length == len && equalsIgnoreAsciiCase(b, from[2], name)) {
                    return k;
                }
            }
            return -1;
        }

        private static boolean equalsIgnoreAsciiCase(byte[] b, int at, byte[] lowerCase) {
            for (int i = 0; i < lowerCase.length; i++) {
                int c = b[at + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lowerCase[i]) {
                    return false;
                }
            }
            return true;
        }

        private String text(byte[] b, int field) {
            return new String(b, from[field], to[field] - from[field], StandardCharsets.UTF_8);
        }
    }
}
