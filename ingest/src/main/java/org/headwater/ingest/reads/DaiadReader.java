package org.headwater.ingest.reads;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DAIAD smart-water-meter export ({@code data/ami-daiad-alicante/}): lines
 * {@code user.key;datetime;meter.reading;diff} with local times {@code DD/MM/YYYY HH:MM:SS} and a
 * cumulative register in litres. Each line becomes a REGISTER reading, and the {@link ReadIntake}
 * derives interval volumes from consecutive hourly reads. The {@code diff} column is ignored:
 * intervals are derived by the same rules as for every other source. A line longer than
 * {@link HeadwaterCsvReader#DEFAULT_MAX_LINE_BYTES} is quarantined without being held whole.
 *
 * <p>Local times are converted with the given zone; in the autumn DST overlap the earlier offset is
 * taken, so the repeated hour's second reads fall on already-used instants and are dropped by the
 * store as duplicates.
 */
public final class DaiadReader {

    /** The trial homes are in the Alicante area. */
    public static final ZoneId ALICANTE = ZoneId.of("Europe/Madrid");

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final String HEADER = "user.key;datetime;meter.reading;diff";

    private final ReadIntake intake;
    private final Clock clock;
    private final ZoneId zone;
    private final UnaryOperator<String> meterIdOf;
    private final int batchSize;

    /**
     * @param meterIdOf maps a DAIAD household key to the meter id it is replayed as (identity keeps
     *     the key)
     */
    public DaiadReader(ReadIntake intake, Clock clock, ZoneId zone, UnaryOperator<String> meterIdOf, int batchSize) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.meterIdOf = Objects.requireNonNull(meterIdOf, "meterIdOf");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public DaiadReader(ReadIntake intake, Clock clock) {
        this(intake, clock, ALICANTE, UnaryOperator.identity(), HeadwaterCsvReader.DEFAULT_BATCH_SIZE);
    }

    /**
     * Reads an uncompressed stream (wrap the shipped file in a {@code GZIPInputStream}).
     *
     * @throws IllegalArgumentException when the header is not the DAIAD header
     */
    public CsvReadReport read(InputStream in, String channel, TelemetrySink sink) throws IOException {
        ByteLines lines = new ByteLines(in, HeadwaterCsvReader.DEFAULT_MAX_LINE_BYTES);
        if (!lines.next()) {
            throw new IllegalArgumentException(
                    channel + " line 1: the file is empty, expected the header \"" + HEADER + "\"");
        }
        // A byte-order mark in front (spreadsheet exports write one) is not part of the header.
        String header = lines.text().replaceFirst("^\uFEFF", "").strip();
        if (!header.equals(HEADER)) {
            throw new IllegalArgumentException(
                    channel + " line 1: header must be \"" + HEADER + "\" but was \"" + header + "\"");
        }
        IngestBatch.Builder out = IngestBatch.builder();
        ReadIntake.Session session = intake.session(channel, clock.instant(), out);
        LineTally tally = new LineTally(out);
        while (lines.next()) {
            String line = lines.text();
            if (line.isBlank()) {
                continue;
            }
            tally.lineStarts();
            session.position(lines.number());
            // A runaway line is cut at the limit by ByteLines, so it never has to be held whole.
            Rejection rejection = lines.tooLong()
                    ? new Rejection(
                            RejectionReason.MALFORMED_RECORD,
                            "line is longer than the limit of " + HeadwaterCsvReader.DEFAULT_MAX_LINE_BYTES + " bytes")
                    : parse(line, session);
            if (rejection != null) {
                session.reject(rejection, line);
            }
            tally.lineEnds(rejection == null);
            if (out.size() >= batchSize) {
                sink.accept(out.drain());
            }
        }
        IngestBatch last = out.drain();
        if (!last.isEmpty()) {
            sink.accept(last);
        }
        return tally.report();
    }

    private @Nullable Rejection parse(String line, ReadIntake.Session session) {
        String[] f = line.split(";", -1);
        if (f.length != 4) {
            return new Rejection(
                    RejectionReason.MALFORMED_RECORD,
                    "line has " + f.length + " ';'-separated fields, expected 4 (" + HEADER + ")");
        }
        Instant time;
        try {
            time = LocalDateTime.parse(f[1].strip(), LOCAL_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return new Rejection(
                    RejectionReason.INVALID_TIMESTAMP, "datetime \"" + f[1] + "\" is not DD/MM/YYYY HH:MM:SS");
        }
        double litres;
        try {
            litres = Double.parseDouble(f[2].strip());
        } catch (NumberFormatException e) {
            return new Rejection(RejectionReason.INVALID_NUMBER, "meter.reading \"" + f[2] + "\" is not a number");
        }
        return session.reading(meterIdOf.apply(f[0].strip()), Measurand.REGISTER, time, litres, Unit.LITRE, null);
    }
}
