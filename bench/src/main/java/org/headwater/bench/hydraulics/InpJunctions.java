package org.headwater.bench.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the junctions of an .inp file: the data lines of its [JUNCTIONS] section. */
public final class InpJunctions {

    private InpJunctions() {}

    public static int count(Path inp) throws IOException {
        int count = 0;
        boolean inJunctions = false;
        // ISO-8859-1 reads any byte: some published .inp files are not UTF-8
        try (BufferedReader reader = Files.newBufferedReader(inp, StandardCharsets.ISO_8859_1)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.replaceFirst(";.*", "").trim();
                if (text.startsWith("[")) {
                    inJunctions = text.toUpperCase(java.util.Locale.ROOT).startsWith("[JUNCTIONS]");
                } else if (inJunctions && !text.isEmpty()) {
                    count++;
                }
            }
        }
        return count;
    }
}
