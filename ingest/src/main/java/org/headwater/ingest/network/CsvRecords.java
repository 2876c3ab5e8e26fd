package org.headwater.ingest.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks, so
 * a record can span lines; {@link #line()} is the line the current record started on.
 */
final class CsvRecords {

    private final BufferedReader in;
    private final String file;
    private final char delimiter;
    private int lineNumber;
    private int recordLine;

    CsvRecords(BufferedReader in, String file, char delimiter) {
        this.in = in;
        this.file = file;
        this.delimiter = delimiter;
    }

    int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input; blank lines are skipped. */
    @Nullable
    List<String> next() {
        try {
            String text = in.readLine();
            while (text != null && text.isBlank()) {
                lineNumber++;
                text = in.readLine();
            }
            if (text == null) {
                return null;
            }
            lineNumber++;
            recordLine = lineNumber;
            return fields(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV at line " + lineNumber, e);
        }
    }

    private List<String> fields(String first) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String text = first;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = in.readLine();
                if (more == null) {
                    throw new NetworkImportException(
                            file,
                            recordLine,
                            "row",
                            "field " + (fields.size() + 1),
                            "a quoted field opened on this line is not closed before the end of the file;"
                                    + " the file may be truncated or corrupt");
                }
                lineNumber++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
