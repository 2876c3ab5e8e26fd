package org.headwater.analytics.breakrisk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.headwater.text.Plural;

/** Main breaks in date order, with the record's first and last date. */
public final class BreakHistory {

    private final List<MainBreak> breaks;
    private final List<String> notes;

    public BreakHistory(List<MainBreak> breaks, List<String> notes) {
        this.breaks =
                breaks.stream().sorted(Comparator.comparing(MainBreak::date)).toList();
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads a break history in either format: the City of Kitchener "Water Main Breaks" export
     * (recognised by its {@code INCIDENT_DATE} column) or the generic one, {@code asset_id,date}
     * with optional {@code incident_id}, {@code break_type} and {@code street_segment}
     * (docs/break-risk.md). Rows whose break type is not MAIN (service-line breaks) are left out
     * and counted in the notes.
     */
    public static BreakHistory read(Path file) {
        List<LocatedBreak> located = new ArrayList<>();
        List<String> notes = readLocated(file, located);
        return new BreakHistory(located.stream().map(LocatedBreak::mainBreak).toList(), notes);
    }

    /**
     * Reads either format into {@code into}, keeping the coordinates of generic rows that have
     * {@code x} and {@code y} (and optionally {@code crs}, EPSG:4326 when absent); in the generic
     * format {@code asset_id} may then be missing or blank. Returns the notes.
     */
    public static List<String> readLocated(Path file, List<LocatedBreak> into) {
        CsvTable table = CsvTable.read(file);
        Columns columns =
                table.hasColumn("INCIDENT_DATE") || !table.hasColumn("date") ? Columns.KITCHENER : Columns.GENERIC;
        boolean located = columns == Columns.GENERIC && table.hasColumn("x") && table.hasColumn("y");
        if (located) {
            table.requireColumns(columns.date());
        } else {
            table.requireColumns(columns.date(), columns.assetId());
        }
        int notMain = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            String type = table.value(row, columns.breakType());
            if (!type.isEmpty() && !"MAIN".equalsIgnoreCase(type)) {
                notMain++;
                continue;
            }
            String dateText = table.value(row, columns.date());
            if (dateText.isEmpty()) {
                throw new IllegalArgumentException(table.where(row) + ": column " + columns.date() + " is empty");
            }
            MainBreak mainBreak = new MainBreak(
                    table.value(row, columns.incidentId()),
                    RecordDates.parse(dateText, table.where(row), columns.date()),
                    table.value(row, columns.assetId()),
                    table.value(row, columns.streetSegment()));
            into.add(new LocatedBreak(mainBreak, located ? BreakCoordinates.of(table, row) : null));
        }
        List<String> notes = new ArrayList<>();
        if (notMain > 0) {
            notes.add(file.getFileName() + ": " + Plural.of(notMain, "non-main (service) break") + " left out");
        }
        return notes;
    }

    /** The column names of one break-history format. */
    private record Columns(String date, String assetId, String incidentId, String breakType, String streetSegment) {
        static final Columns KITCHENER =
                new Columns("INCIDENT_DATE", "ASSETID", "WATBREAKINCIDENTID", "BREAK_TYPE", "ROADSEGMENTID");
        static final Columns GENERIC = new Columns("date", "asset_id", "incident_id", "break_type", "street_segment");
    }

    public List<MainBreak> breaks() {
        return breaks;
    }

    public boolean isEmpty() {
        return breaks.isEmpty();
    }

    public LocalDate lastDate() {
        return breaks.getLast().date();
    }

    /** Only the breaks on or before {@code date}: the guard that keeps the future out of fitting. */
    public BreakHistory upTo(LocalDate date) {
        return new BreakHistory(
                breaks.stream().filter(b -> !b.date().isAfter(date)).toList(), notes);
    }

    /** Breaks strictly after {@code date}, grouped by calendar year. */
    public Map<Integer, List<MainBreak>> byYearAfter(LocalDate date) {
        return breaks.stream()
                .filter(b -> b.date().isAfter(date))
                .collect(Collectors.groupingBy(b -> b.date().getYear(), TreeMap::new, Collectors.toList()));
    }

    /**
     * The first year of continuous recording: the first calendar year with at least a quarter of the
     * median yearly count. Earlier years hold a handful of back-filled records, so counting prior
     * breaks from them would understate history.
     */
    public int firstFullYear() {
        Map<Integer, Long> perYear = breaks.stream()
                .collect(Collectors.groupingBy(b -> b.date().getYear(), TreeMap::new, Collectors.counting()));
        List<Long> counts = perYear.values().stream().sorted().toList();
        long median = counts.get(counts.size() / 2);
        return perYear.entrySet().stream()
                .filter(e -> e.getValue() * 4 >= median)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    public List<String> notes() {
        return notes;
    }
}
