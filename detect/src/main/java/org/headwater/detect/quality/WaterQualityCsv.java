package org.headwater.detect.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads wide water-quality CSV files (one time column, one column per channel, optionally a label
 * column) such as the GECCO challenge files and CANARY's example stations, plain or gzip-compressed.
 * Empty fields and {@code NA} are missing values. Bad input fails with a message naming the file,
 * line, column and value.
 */
public final class WaterQualityCsv {

    /** The GECCO water-quality challenge layout (Thüringer Fernwasserversorgung, 1-minute steps). */
    public static final Layout GECCO = new Layout(
            "Time",
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            List.of(
                    new Channel("Tp", ChannelRole.QUALITY, 0.1),
                    new Channel("Cl", ChannelRole.QUALITY, 0.01),
                    new Channel("pH", ChannelRole.QUALITY, 0.01),
                    new Channel("Redox", ChannelRole.QUALITY, 1),
                    new Channel("Leit", ChannelRole.QUALITY, 1),
                    new Channel("Trueb", ChannelRole.QUALITY, 0.001),
                    new Channel("Cl_2", ChannelRole.QUALITY, 0.001),
                    new Channel("Fm", ChannelRole.OPERATIONAL, 1),
                    new Channel("Fm_2", ChannelRole.OPERATIONAL, 1)),
            "EVENT");

    /**
     * How a file is laid out.
     *
     * @param timeColumn the name of the time column; times are local plant time, read as UTC
     * @param timeFormat the time pattern
     * @param channels the channel columns, all required, in the order the samples will hold them
     * @param labelColumn the TRUE/FALSE event column, or {@code null} for unlabelled files
     */
    public record Layout(
            String timeColumn,
            DateTimeFormatter timeFormat,
            List<Channel> channels,
            @Nullable String labelColumn) {

        public Layout {
            channels = List.copyOf(channels);
        }

        /** The same layout, with other settings for the channels of the same names. */
        public Layout withChannels(List<Channel> newChannels) {
            return new Layout(timeColumn, timeFormat, newChannels, labelColumn);
        }
    }

    private WaterQualityCsv() {}

    /** Reads a {@code .csv} or {@code .csv.gz} file. */
    public static LabelledSeries read(Path file, Layout layout) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file not found: " + file);
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return read(reader, file.toString(), layout);
        }
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public static LabelledSeries read(BufferedReader reader, String source, Layout layout) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(source + ": file is empty, expected a header line");
        }
        Columns columns = Columns.of(source, splitFields(stripBom(header)), layout);
        List<StationSample> samples = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int[] present = new int[layout.channels().size()];
        Instant previous = null;
        int lineNumber = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = splitFields(line);
            if (fields.length != columns.count()) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": " + fields.length
                        + " fields, the header has " + columns.count());
            }
            Instant time = parseTime(fields[columns.time()], layout, source, lineNumber);
            if (previous != null && !time.isAfter(previous)) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": time " + fields[columns.time()]
                        + " is not after the previous time; rows must be in strictly increasing time order");
            }
            previous = time;
            double[] values = new double[present.length];
            for (int c = 0; c < present.length; c++) {
                values[c] = parseValue(
                        fields[columns.channel(c)], layout.channels().get(c).name(), source, lineNumber);
                if (!Double.isNaN(values[c])) {
                    present[c]++;
                }
            }
            samples.add(new StationSample(time, values));
            if (columns.label() >= 0) {
                labels.add(parseLabel(fields[columns.label()], layout.labelColumn(), source, lineNumber));
            }
        }
        requireEveryChannelMeasured(source, layout, present, samples.size());
        boolean[] labelArray = null;
        if (columns.label() >= 0) {
            labelArray = new boolean[labels.size()];
            for (int i = 0; i < labelArray.length; i++) {
                labelArray[i] = labels.get(i);
            }
        }
        return new LabelledSeries(source, layout.channels(), samples, labelArray);
    }

    private static void requireEveryChannelMeasured(String source, Layout layout, int[] present, int rows) {
        if (rows == 0) {
            throw new IllegalArgumentException(source + ": no data rows after the header");
        }
        List<String> empty = new ArrayList<>();
        for (int c = 0; c < present.length; c++) {
            if (present[c] == 0) {
                empty.add(layout.channels().get(c).name());
            }
        }
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException(source + ": channel(s) " + empty + " have no values in any of the "
                    + rows + " rows (all missing); a detector cannot learn a channel it never sees");
        }
    }

    private static Instant parseTime(String text, Layout layout, String source, int line) {
        try {
            return LocalDateTime.parse(text, layout.timeFormat()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    source + " line " + line + ": column " + layout.timeColumn() + " has '" + text
                            + "', not a time like " + layout.timeFormat().format(LocalDateTime.of(2016, 8, 3, 9, 49)),
                    e);
        }
    }

    private static double parseValue(String text, String column, String source, int line) {
        if (text.isEmpty() || text.equals("NA") || text.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    source + " line " + line + ": column " + column + " has '" + text + "', not a number", e);
        }
    }

    private static boolean parseLabel(String text, @Nullable String column, String source, int line) {
        if (text.equalsIgnoreCase("TRUE") || text.equals("1")) {
            return true;
        }
        if (text.equalsIgnoreCase("FALSE") || text.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException(
                source + " line " + line + ": column " + column + " has '" + text + "', expected TRUE or FALSE");
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** Splits one line on commas, removing surrounding double quotes (the files quote names, times and labels). */
    static String[] splitFields(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].trim();
            if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
                field = field.substring(1, field.length() - 1);
            }
            fields[i] = field;
        }
        return fields;
    }

    /** Where each expected column sits in a file's header. */
    private record Columns(int count, int time, int[] channelIndex, int label) {

        int channel(int c) {
            return channelIndex[c];
        }

        static Columns of(String source, String[] header, Layout layout) {
            Map<String, Integer> positions = new HashMap<>();
            Set<String> duplicates = new LinkedHashSet<>();
            for (int i = 0; i < header.length; i++) {
                if (positions.put(header[i], i) != null) {
                    duplicates.add(header[i]);
                }
            }
            if (!duplicates.isEmpty()) {
                throw new IllegalArgumentException(source + ": duplicate column(s) " + duplicates);
            }
            Set<String> expected = new LinkedHashSet<>();
            expected.add(layout.timeColumn());
            layout.channels().forEach(c -> expected.add(c.name()));
            if (layout.labelColumn() != null) {
                expected.add(layout.labelColumn());
            }
            Set<String> unknown = new LinkedHashSet<>(positions.keySet());
            unknown.removeAll(expected);
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(positions.keySet());
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new IllegalArgumentException(source + ": unexpected header; unknown column(s) " + unknown
                        + ", missing column(s) " + missing + "; expected exactly " + expected);
            }
            int[] channelIndex = layout.channels().stream()
                    .mapToInt(c -> positions.get(c.name()))
                    .toArray();
            int label = layout.labelColumn() == null ? -1 : positions.get(layout.labelColumn());
            return new Columns(header.length, positions.get(layout.timeColumn()), channelIndex, label);
        }
    }
}
