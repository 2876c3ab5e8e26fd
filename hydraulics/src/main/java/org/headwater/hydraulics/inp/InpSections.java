package org.headwater.hydraulics.inp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over an EPANET file: data lines grouped by section, comments and blank lines
 * dropped. EPANET lets sections come in any order, so elements are built only after this pass.
 */
public final class InpSections {

    private final Map<InpSection, List<InpLine>> lines = new EnumMap<>(InpSection.class);
    private @Nullable NetworkImportException missingEnd;

    private InpSections() {}

    /**
     * Refuses a file that ended without {@code [END]}. Called after the sections are parsed, so a
     * line cut in the middle is reported at its own line and field, which says more.
     */
    public void requireEnd() {
        if (missingEnd != null) {
            throw missingEnd;
        }
    }

    public List<InpLine> of(InpSection section) {
        return lines.getOrDefault(section, List.of());
    }

    /**
     * Reads the whole file. EPANET writes {@code [END]} last, so its absence is the surest sign of a
     * file cut short; see {@link #requireEnd()}.
     */
    public static InpSections read(BufferedReader in, String file) {
        InpSections sections = new InpSections();
        InpSection current = null;
        int number = 0;
        try {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                number++;
                List<String> tokens = InpTokenizer.tokens(raw);
                if (tokens.isEmpty()) {
                    continue;
                }
                String first = tokens.get(0);
                if (first.startsWith("[") && first.endsWith("]")) {
                    current = section(first, file, number);
                    if (current == InpSection.END) {
                        return sections;
                    }
                } else if (current == null) {
                    throw new NetworkImportException(
                            file, number, "before any section", "section", "data line outside a section: " + raw);
                } else {
                    sections.lines
                            .computeIfAbsent(current, s -> new ArrayList<>())
                            .add(new InpLine(file, number, current, tokens));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " at line " + number, e);
        }
        String where = current == null ? "no section" : current.header();
        sections.missingEnd = new NetworkImportException(
                file, number, where, "[END]", "the file ends without an [END] section: it looks truncated");
        return sections;
    }

    private static InpSection section(String header, String file, int number) {
        return InpSection.named(header)
                .orElseThrow(() ->
                        new NetworkImportException(file, number, header, "section", "not an EPANET section name"));
    }
}
