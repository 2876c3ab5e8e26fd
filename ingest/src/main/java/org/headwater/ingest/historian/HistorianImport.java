package org.headwater.ingest.historian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.CsvLine;
import org.headwater.ingest.sources.MappedValues;
import org.headwater.ingest.sources.SourceQuality;
import org.headwater.ingest.sources.TagMap;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;

/**
 * Imports a historian's CSV export (OSIsoft PI or Ignition; layouts in docs/connectors.md) through
 * a tag map into the store, as late data: the readings keep their historian timestamps and the
 * detectors take them from the store's delivery record like any other late reading.
 *
 * <p>Resumable: after each batch is stored, the number of the last line it held is written to the
 * progress file; a second run skips the lines already stored. Running again from the start is also
 * safe (the store keeps one reading per sensor, measurand and time).
 */
public final class HistorianImport {

    private static final List<String> TAG = List.of("tag", "tagname", "tag name", "path", "tagpath", "tag path");
    private static final List<String> TIME = List.of("timestamp", "time", "t_stamp", "date", "datetime");
    private static final List<String> VALUE = List.of("value", "val");
    private static final List<String> QUALITY = List.of("quality", "status", "dataintegrity");

    private final MappedValues values;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final Clock clock;
    private final HistorianTimestamps timestamps;
    private final int linesPerBatch;

    public HistorianImport(
            TagMap map, ReadIntake intake, TelemetrySink sink, Clock clock, ZoneId zone, int linesPerBatch) {
        this.values = new MappedValues(map);
        this.intake = intake;
        this.sink = sink;
        this.clock = clock;
        this.timestamps = new HistorianTimestamps(zone);
        if (linesPerBatch < 1) {
            throw new IllegalArgumentException("linesPerBatch must be positive: " + linesPerBatch);
        }
        this.linesPerBatch = linesPerBatch;
    }

    /**
     * @param lines data lines in the file
     * @param skipped lines a previous run had stored already
     * @param readings values stored as readings in this run
     * @param quarantined values quarantined in this run
     */
    public record Report(long lines, long skipped, long readings, long quarantined) {}

    /** The progress file used for {@code file} when none is named: beside it. */
    public static Path progressFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".progress");
    }

    public Report run(Path file, Path progress) {
        long done = readProgress(progress);
        String channel = "historian:" + file.getFileName();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Columns columns = null;
            long line = 0;
            long dataLines = 0;
            long skipped = 0;
            long readings = 0;
            long quarantined = 0;
            IngestBatch.Builder out = IngestBatch.builder();
            ReadIntake.Session session = intake.session(channel, clock.instant(), out);
            int inBatch = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = Columns.of(CsvLine.split(stripBom(text)), file);
                    continue;
                }
                dataLines++;
                if (line <= done) {
                    skipped++;
                    continue;
                }
                session.position(line);
                if (take(session, columns, text)) {
                    readings++;
                } else {
                    quarantined++;
                }
                if (++inBatch >= linesPerBatch) {
                    store(out, progress, line);
                    inBatch = 0;
                }
            }
            store(out, progress, line);
            return new Report(dataLines, skipped, readings, quarantined);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean take(ReadIntake.Session session, Columns columns, String text) {
        List<String> fields;
        try {
            fields = CsvLine.split(text);
        } catch (IllegalArgumentException e) {
            session.reject(new Rejection(RejectionReason.MALFORMED_RECORD, e.getMessage()), text);
            return false;
        }
        String tag = columns.field(fields, columns.tag());
        Instant time = timestamps.parse(columns.field(fields, columns.time()));
        if (tag.isEmpty()) {
            session.reject(new Rejection(RejectionReason.MISSING_FIELD, "tag is empty"), text);
            return false;
        }
        if (time == null) {
            session.reject(
                    new Rejection(
                            RejectionReason.INVALID_TIMESTAMP,
                            "timestamp \"" + columns.field(fields, columns.time()) + "\" is not ISO 8601, epoch"
                                    + " milliseconds, yyyy-MM-dd HH:mm:ss or dd-MMM-yyyy HH:mm:ss"),
                    text);
            return false;
        }
        String value = columns.field(fields, columns.value());
        String qualityText = columns.quality() < 0 ? "" : columns.field(fields, columns.quality());
        SourceQuality quality = HistorianQuality.parse(qualityText);
        Object raw = switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on" -> Boolean.TRUE;
            case "false", "off" -> Boolean.FALSE;
            default -> value;
        };
        String status = qualityText.isEmpty() ? "Good" : qualityText;
        // PI writes a system digital state (Bad Input, I/O Timeout, Shutdown) where the number should be
        if (raw instanceof String s && !isNumber(s) && quality != SourceQuality.BAD && !s.isEmpty()) {
            quality = SourceQuality.BAD;
            status = "digital state \"" + s + "\"";
        }
        return values.accept(session, tag, raw, time, quality, status) != MappedValues.Outcome.QUARANTINED;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void store(IngestBatch.Builder out, Path progress, long line) {
        if (out.size() > 0) {
            sink.accept(out.drain());
        }
        writeProgress(progress, line);
    }

    private static long readProgress(Path progress) {
        if (!Files.exists(progress)) {
            return 0;
        }
        try {
            String text = Files.readString(progress, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("line=")) {
                throw new IllegalArgumentException(progress + ": not a progress file (expected line=N): " + text);
            }
            return Long.parseLong(text.substring("line=".length()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + progress, e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(progress + ": line is not a number", e);
        }
    }

    // Written beside and moved over, so a crash mid-write leaves the previous progress intact.
    private static void writeProgress(Path progress, long line) {
        try {
            Path temporary = progress.resolveSibling(progress.getFileName() + ".tmp");
            Files.writeString(temporary, "line=" + line + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, progress, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write progress to " + progress, e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where the tag, timestamp, value and (optional) quality columns are. */
    private record Columns(int tag, int time, int value, int quality) {

        static Columns of(List<String> header, Path file) {
            int tag = find(header, TAG);
            int time = find(header, TIME);
            int value = find(header, VALUE);
            if (tag < 0 || time < 0 || value < 0) {
                throw new IllegalArgumentException(file + " line 1: the header " + header
                        + " must name a tag column (" + String.join("/", TAG) + "), a timestamp column ("
                        + String.join("/", TIME) + ") and a value column (" + String.join("/", VALUE)
                        + "); see docs/connectors.md for the PI and Ignition layouts");
            }
            return new Columns(tag, time, value, find(header, QUALITY));
        }

        private static int find(List<String> header, List<String> names) {
            for (int i = 0; i < header.size(); i++) {
                if (names.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }

        String field(List<String> fields, int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }
}
