package org.headwater.analytics.breakrisk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.headwater.text.Plural;
import org.jspecify.annotations.Nullable;

/**
 * The water mains of an asset register, keyed by asset id, with notes on what the import had to
 * assume (missing install dates, unrecognised materials, duplicate ids).
 */
public final class AssetRegister {

    /** Material codes the Kitchener register documents; others are kept as their own class and reported. */
    static final Set<String> KNOWN_MATERIALS = Set.of(
            "PVC", "DI", "CI", "PVCO", "CPP", "AC", "HDPE", "PVCB", "COP", "PVCF", "ST", "PE", "HDPE IN CI", "CU");

    private final Map<String, PipeSegment> segmentsById;
    private final List<String> notes;

    public AssetRegister(List<PipeSegment> segments, List<String> notes) {
        this.segmentsById = new LinkedHashMap<>();
        List<String> allNotes = new ArrayList<>(notes);
        int duplicates = 0;
        for (PipeSegment segment : segments) {
            if (segmentsById.putIfAbsent(segment.assetId(), segment) != null) {
                duplicates++;
            }
        }
        if (duplicates > 0) {
            allNotes.add(Plural.of(duplicates, "duplicate asset id") + ": the first record of each is used");
        }
        this.notes = List.copyOf(allNotes);
    }

    /** Reads the City of Kitchener "Water Mains" export (CSV or CSV.gz). CONDITION_SCORE is never read: it leaks break history. */
    public static AssetRegister readKitchener(Path file) {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("WATMAINID", "MATERIAL", "PIPE_SIZE", "INSTALLATION_DATE", "Shape__Length");
        List<PipeSegment> segments = new ArrayList<>();
        int missingInstall = 0;
        int missingLength = 0;
        Set<String> unknownMaterials = new TreeSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String where = table.where(row);
            String installText = table.value(row, "INSTALLATION_DATE");
            LocalDate installed =
                    installText.isEmpty() ? null : RecordDates.parse(installText, where, "INSTALLATION_DATE");
            if (installed == null) {
                missingInstall++;
            }
            String material = table.value(row, "MATERIAL").toUpperCase();
            if (material.isEmpty()) {
                material = "UNKNOWN";
            }
            if (!KNOWN_MATERIALS.contains(material)) {
                unknownMaterials.add(material);
            }
            double length = number(table.value(row, "Shape__Length"), where, "Shape__Length");
            if (Double.isNaN(length)) {
                // length is the inspection budget: an unknown one must not poison the sums
                missingLength++;
                length = 0;
            }
            String linedText = table.value(row, "LINED_DATE");
            segments.add(new PipeSegment(
                    requireId(table.value(row, "WATMAINID"), where),
                    material,
                    number(table.value(row, "PIPE_SIZE"), where, "PIPE_SIZE"),
                    length,
                    installed,
                    table.value(row, "PRESSURE_ZONE"),
                    table.value(row, "ROADSEGMENTID"),
                    "YES".equalsIgnoreCase(table.value(row, "LINED")),
                    linedText.isEmpty() ? null : RecordDates.parse(linedText, where, "LINED_DATE"),
                    "Y".equalsIgnoreCase(table.value(row, "SHALLOW_MAIN"))));
        }
        List<String> notes = new ArrayList<>();
        if (missingInstall > 0) {
            notes.add(Plural.of(missingInstall, "segment")
                    + " without INSTALLATION_DATE: treated as in service, age unknown");
        }
        if (missingLength > 0) {
            notes.add(Plural.of(missingLength, "segment") + " without Shape__Length: counted as 0 m");
        }
        if (!unknownMaterials.isEmpty()) {
            notes.add("unrecognised MATERIAL code(s) kept as their own class: " + unknownMaterials);
        }
        return new AssetRegister(segments, notes);
    }

    private static String requireId(String id, String where) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException(where + ": column WATMAINID is empty");
        }
        return id;
    }

    private static double number(String text, String where, String column) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    where + ": column " + column + " has '" + text + "', expected a number", e);
        }
    }

    /**
     * What joining {@code history} to this register will meet: breaks naming an asset the register
     * lacks (mostly pipes replaced before the snapshot) and breaks dated before their pipe's install.
     */
    public List<String> joinNotes(BreakHistory history) {
        int unknownAsset = 0;
        int beforeInstall = 0;
        for (MainBreak b : history.breaks()) {
            PipeSegment pipe = segmentsById.get(b.assetId());
            if (pipe == null) {
                unknownAsset++;
            } else if (pipe.installed() != null && b.date().isBefore(pipe.installed())) {
                beforeInstall++;
            }
        }
        return List.of(
                unknownAsset + " of " + history.breaks().size()
                        + " main breaks name no asset of the register: kept for street-segment counts only",
                beforeInstall
                        + " main breaks predate their pipe's install date: counted as breaks of the pipe it replaced");
    }

    public @Nullable PipeSegment segment(String assetId) {
        return segmentsById.get(assetId);
    }

    public List<PipeSegment> segments() {
        return List.copyOf(segmentsById.values());
    }

    /** Segments installed on or before {@code date} (and those with unknown install dates). */
    public List<PipeSegment> inServiceOn(LocalDate date) {
        return segmentsById.values().stream().filter(s -> s.inServiceOn(date)).toList();
    }

    public List<String> notes() {
        return notes;
    }
}
