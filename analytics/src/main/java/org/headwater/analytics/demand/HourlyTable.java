package org.headwater.analytics.demand;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named hourly series that share one grid, as read from one BWDF file (or several, concatenated). */
public record HourlyTable(Map<String, HourlySeries> columns) {

    public HourlyTable {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns: a table needs at least one value column");
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public HourlySeries column(String name) {
        HourlySeries series = columns.get(name);
        if (series == null) {
            throw new IllegalArgumentException("column: no column named '" + name + "', known " + names());
        }
        return series;
    }

    public Instant start() {
        return columns.values().iterator().next().start();
    }

    public Instant end() {
        return columns.values().iterator().next().end();
    }

    /**
     * Joins tables in time. All must have the same columns; where they overlap, a later table's
     * numeric value replaces an earlier one (so a later file can supply the truth for a week).
     */
    public static HourlyTable concatenate(List<HourlyTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("tables: nothing to concatenate");
        }
        List<String> names = tables.getFirst().names();
        Instant start = tables.getFirst().start();
        Instant end = tables.getFirst().end();
        for (HourlyTable table : tables) {
            if (!new HashSet<>(table.names()).equals(new HashSet<>(names))) {
                throw new IllegalArgumentException("columns: files disagree, " + names + " vs " + table.names());
            }
            start = table.start().isBefore(start) ? table.start() : start;
            end = table.end().isAfter(end) ? table.end() : end;
        }
        int hours = (int) ((end.getEpochSecond() - start.getEpochSecond()) / 3600);
        Map<String, HourlySeries> joined = new LinkedHashMap<>();
        for (String name : names) {
            double[] values = new double[hours];
            Arrays.fill(values, Double.NaN);
            for (HourlyTable table : tables) {
                copyNumbers(table.column(name), start, values);
            }
            joined.put(name, new HourlySeries(start, values));
        }
        return new HourlyTable(joined);
    }

    private static void copyNumbers(HourlySeries from, Instant start, double[] into) {
        int offset = (int) ((from.start().getEpochSecond() - start.getEpochSecond()) / 3600);
        double[] values = from.values();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                into[offset + i] = values[i];
            }
        }
    }
}
