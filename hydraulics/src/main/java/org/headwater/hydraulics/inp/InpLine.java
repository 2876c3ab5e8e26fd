package org.headwater.hydraulics.inp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One data line of an EPANET file: its tokens, and where it is, so every error can point at it. */
public record InpLine(String file, int number, InpSection section, List<String> tokens) {

    public InpLine {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    /** A required token; its absence usually means a line cut short, so the message says so. */
    public String text(int index, String field) {
        if (index >= tokens.size()) {
            throw error(
                    field,
                    "missing (field " + (index + 1) + ", the line has only " + tokens.size()
                            + "); the file may be truncated or corrupt");
        }
        return tokens.get(index);
    }

    @Nullable
    public String optionalText(int index) {
        return index < tokens.size() ? tokens.get(index) : null;
    }

    public double number(int index, String field) {
        return parse(text(index, field), field);
    }

    @Nullable
    public Double optionalNumber(int index, String field) {
        String raw = optionalText(index);
        return raw == null ? null : parse(raw, field);
    }

    public double parse(String raw, String field) {
        try {
            double value = Double.parseDouble(raw);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the line, section and field
        }
        throw error(field, "'" + raw + "' is not a number");
    }

    public NetworkImportException error(String field, String problem) {
        return new NetworkImportException(file, number, section.header(), field, problem);
    }
}
