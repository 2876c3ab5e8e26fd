package org.headwater.ingest.sources;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line: comma-separated, RFC 4180 quoting, no line breaks inside fields. */
public final class CsvLine {

    private CsvLine() {}

    /** @throws IllegalArgumentException when a quoted field is not closed */
    public static List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    /** The 1-based number of the field an unclosed quote opened. */
    static int fieldsBeforeOpenQuote(String text) {
        int fields = 1;
        boolean quoted = false;
        int opened = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (!quoted) {
                    opened = fields;
                }
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return opened;
    }
}
