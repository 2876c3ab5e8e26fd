package org.headwater.analytics.breakrisk;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A CSV file read whole (RFC 4180 quoting, plain or gzip-compressed), with columns looked up by
 * header name. Missing columns fail with a message naming the file and the columns.
 */
public final class CsvTable {

    private final String source;
    private final Map<String, Integer> columnIndex;
    private final List<String[]> rows;

    private CsvTable(String source, Map<String, Integer> columnIndex, List<String[]> rows) {
        this.source = source;
        this.columnIndex = columnIndex;
        this.rows = rows;
    }

    /** Reads a {@code .csv} or {@code .csv.gz} file; compression is detected from the content. */
    public static CsvTable read(Path file) {
        try (InputStream in = open(file)) {
            return parse(file.toString(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static CsvTable parse(String source, BufferedReader reader) throws IOException {
        List<String[]> records = new ArrayList<>();
        List<String> record;
        while ((record = nextRecord(reader)) != null) {
            records.add(record.toArray(String[]::new));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty file, expected a header line");
        }
        Map<String, Integer> index = new HashMap<>();
        String[] header = records.getFirst();
        for (int i = 0; i < header.length; i++) {
            // a UTF-8 byte-order mark would otherwise hide the first column name
            index.putIfAbsent(header[i].replace("\uFEFF", "").trim(), i);
        }
        return new CsvTable(source, index, records.subList(1, records.size()));
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        return gzip ? new GZIPInputStream(in) : in;
    }

    private static List<String> nextRecord(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        while (line != null && line.isBlank()) {
            line = reader.readLine();
        }
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            // a quoted field spans the line break
            String more = reader.readLine();
            if (more == null) {
                break;
            }
            field.append('\n');
            line = more;
        }
        fields.add(field.toString());
        return fields;
    }

    /** Fails naming every column of {@code required} that the header lacks. */
    public void requireColumns(String... required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!columnIndex.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": missing column(s) " + String.join(", ", missing)
                    + "; header has " + columnIndex.keySet().stream().sorted().toList());
        }
    }

    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    public int rowCount() {
        return rows.size();
    }

    /** The trimmed value, or "" when the row is short or the column absent. */
    public String value(int row, String column) {
        Integer index = columnIndex.get(column);
        String[] fields = rows.get(row);
        return index == null || index >= fields.length ? "" : fields[index].trim();
    }

    /** File name and data row number (1-based, header excluded), for error messages. */
    public String where(int row) {
        return source + " row " + (row + 1);
    }
}
