package org.headwater.analytics.demand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a BWDF CSV file (inflows or weather): a header {@code Date-time CET-CEST (DD/MM/YYYY HH:mm),NAME (unit),...}
 * then one row per hour in Europe/Rome local time. The repeated 02:00 of the autumn change is the
 * CEST hour first, then the CET hour; a third one, an hour that does not exist in spring, or rows
 * out of order are errors naming file and line. {@code NaN} or an empty cell is a missing value.
 * Files ending in {@code .gz} are decompressed.
 */
public final class BwdfCsv {

    /** The BWDF files' clock: the Italian utility's local time, whatever the server's utility is. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Rome");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private BwdfCsv() {}

    public static HourlyTable read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(file.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static HourlyTable parse(String source, BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.startsWith("Date-time")) {
            throw new IllegalArgumentException(
                    source + ": line 1: expected a header starting with 'Date-time', got '" + header + "'");
        }
        List<String> names = columnNames(header);
        List<Instant> hours = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Instant previous = null;
        String line;
        for (int lineNumber = 2; (line = reader.readLine()) != null; lineNumber++) {
            if (line.isBlank()) {
                continue;
            }
            String where = source + ": line " + lineNumber;
            String[] cells = line.split(",", -1);
            if (cells.length != names.size() + 1) {
                throw new IllegalArgumentException(
                        where + ": expected " + (names.size() + 1) + " fields, found " + cells.length);
            }
            Instant hour = instantOf(where, cells[0].trim(), previous);
            double[] row = new double[names.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = number(where, names.get(c), cells[c + 1].trim());
            }
            hours.add(hour);
            rows.add(row);
            previous = hour;
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": no data rows");
        }
        return toTable(names, hours, rows);
    }

    /** Column names without their unit: {@code DMA 1 (L/s)} becomes {@code DMA 1}. */
    private static List<String> columnNames(String header) {
        String[] cells = header.split(",", -1);
        List<String> names = new ArrayList<>();
        for (int i = 1; i < cells.length; i++) {
            String name = cells[i].trim();
            int unit = name.indexOf(" (");
            names.add(unit > 0 ? name.substring(0, unit) : name);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("header: no value columns in '" + header + "'");
        }
        return names;
    }

    private static Instant instantOf(String where, String text, Instant previous) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text, LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": timestamp '" + text + "' is not DD/MM/YYYY HH:mm", e);
        }
        if (local.getMinute() != 0) {
            throw new IllegalArgumentException(where + ": timestamp '" + text + "' is not on a whole hour");
        }
        List<ZoneOffset> offsets = ZONE.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException(
                    where + ": timestamp '" + text + "' does not exist in " + ZONE + " (spring DST gap)");
        }
        // In the repeated autumn hour the first row is summer time; the second one moves to winter time.
        Instant hour = local.toInstant(offsets.getFirst());
        if (previous != null && !hour.isAfter(previous) && offsets.size() > 1) {
            hour = local.toInstant(offsets.getLast());
        }
        if (previous != null && !hour.isAfter(previous)) {
            throw new IllegalArgumentException(
                    where + ": timestamp '" + text + "' is a duplicate or out of order (DST duplicates allowed once)");
        }
        return hour;
    }

    private static double number(String where, String column, String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    where + ": column '" + column + "' value '" + text + "' is not a number");
        }
    }

    private static HourlyTable toTable(List<String> names, List<Instant> hours, List<double[]> rows) {
        Instant start = hours.getFirst();
        int size = (int) ((hours.getLast().getEpochSecond() - start.getEpochSecond()) / 3600) + 1;
        Map<String, HourlySeries> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            double[] values = new double[size];
            Arrays.fill(values, Double.NaN);
            for (int r = 0; r < rows.size(); r++) {
                values[(int) ((hours.get(r).getEpochSecond() - start.getEpochSecond()) / 3600)] = rows.get(r)[c];
            }
            if (columns.put(names.get(c), new HourlySeries(start, values)) != null) {
                throw new IllegalArgumentException("header: column '" + names.get(c) + "' appears twice");
            }
        }
        return new HourlyTable(columns);
    }
}
