package org.headwater.ingest.sources;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line of a source's map file (tag map, register map): each column's index, or why it is refused. */
public final class MapHeader {

    private MapHeader() {}

    /**
     * Column name (lower case) to index; an unknown or repeated column, or a missing required one, is refused
     * naming the file and line.
     */
    public static Map<String, Integer> columns(
            List<String> fields, String file, int line, List<String> required, List<String> optional) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            if (!required.contains(name) && !optional.contains(name)) {
                throw new TagMapException(
                        file,
                        line,
                        "header",
                        "unknown column \"" + fields.get(i).strip()
                                + "\"; columns are " + String.join(",", required) + " and optionally "
                                + String.join(",", optional));
            }
            if (columns.put(name, i) != null) {
                throw new TagMapException(file, line, "header", "column \"" + name + "\" appears twice");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new TagMapException(file, line, "header", "missing column \"" + column + "\"");
            }
        }
        return columns;
    }
}
