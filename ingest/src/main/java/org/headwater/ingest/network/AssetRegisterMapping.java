package org.headwater.ingest.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Which column of an asset-register CSV holds what, so any utility's register imports by
 * configuration. Column values are header names; a null column is not in the register. The
 * {@code key=value} file format is documented in {@code docs/network-import.md}.
 *
 * @param kind what every row is (PIPE for a mains register)
 * @param idColumn the asset id; the graph id is {@code idPrefix + value}
 * @param idPrefix prepended to every id, to keep registers from clashing with other sources
 * @param diameterUnit unit of the diameter column, converted to millimetres
 * @param lengthUnit unit of the length column, converted to metres
 * @param installDateFormat a {@link DateTimeFormatter} pattern matching the start of the date value
 * @param zoneKind the area kind created for each distinct zone value (rows are LOCATED_IN it)
 * @param crs coordinate system of the x/y or WKT geometry columns
 * @param attributes further columns copied verbatim: attribute key to column
 * @param delimiter the field separator
 */
public record AssetRegisterMapping(
        ElementKind kind,
        String idColumn,
        String idPrefix,
        @Nullable String materialColumn,
        @Nullable String diameterColumn,
        LengthUnit diameterUnit,
        @Nullable String lengthColumn,
        LengthUnit lengthUnit,
        @Nullable String installDateColumn,
        String installDateFormat,
        @Nullable String installYearColumn,
        @Nullable String statusColumn,
        @Nullable String zoneColumn,
        ElementKind zoneKind,
        @Nullable String xColumn,
        @Nullable String yColumn,
        @Nullable String geometryColumn,
        CoordinateSystem crs,
        Map<String, String> attributes,
        char delimiter) {

    private static final Set<String> KEYS = Set.of(
            "kind",
            "id",
            "id.prefix",
            "material",
            "diameter",
            "diameter.unit",
            "length",
            "length.unit",
            "install.date",
            "install.date.format",
            "install.year",
            "status",
            "zone",
            "zone.kind",
            "x",
            "y",
            "geometry",
            "crs",
            "delimiter");
    private static final String ATTRIBUTE_PREFIX = "attribute.";

    public AssetRegisterMapping {
        if (idColumn.isBlank()) {
            throw new IllegalArgumentException("mapping key id: the id column must be named");
        }
        if ((xColumn == null) != (yColumn == null)) {
            throw new IllegalArgumentException("mapping keys x and y: give both columns or neither");
        }
        if (zoneKind.shape() != ElementKind.Shape.AREA) {
            throw new IllegalArgumentException("mapping key zone.kind: " + zoneKind + " is not an area kind");
        }
        DateTimeFormatter.ofPattern(installDateFormat);
        attributes = Map.copyOf(attributes);
    }

    /** Reads a {@code key=value} mapping file (java.util.Properties syntax, UTF-8). */
    public static AssetRegisterMapping load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return of(properties);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "column mapping " + file + " is not UTF-8 text (" + e + "); save it as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read column mapping " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column mapping " + file + ": " + e.getMessage(), e);
        }
    }

    /** Builds a mapping from properties; an unknown key is an error (a typo would lose a column). */
    public static AssetRegisterMapping of(Properties p) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(ATTRIBUTE_PREFIX)) {
                attributes.put(
                        key.substring(ATTRIBUTE_PREFIX.length()),
                        p.getProperty(key).strip());
            } else if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown mapping key '" + key + "', expected one of " + KEYS + " or attribute.<name>");
            }
        }
        String id = column(p, "id");
        String delimiter = p.getProperty("delimiter", ",");
        return new AssetRegisterMapping(
                kind(p, "kind", "PIPE"),
                id == null ? "" : id,
                p.getProperty("id.prefix", "").strip(),
                column(p, "material"),
                column(p, "diameter"),
                LengthUnit.parse(p.getProperty("diameter.unit", "mm"), "diameter.unit"),
                column(p, "length"),
                LengthUnit.parse(p.getProperty("length.unit", "m"), "length.unit"),
                column(p, "install.date"),
                p.getProperty("install.date.format", "yyyy-MM-dd").strip(),
                column(p, "install.year"),
                column(p, "status"),
                column(p, "zone"),
                kind(p, "zone.kind", "PRESSURE_ZONE"),
                column(p, "x"),
                column(p, "y"),
                column(p, "geometry"),
                new CoordinateSystem(
                        p.getProperty("crs", CoordinateSystem.WGS84.code()).strip()),
                attributes,
                delimiter.equals("\\t") || delimiter.equals("tab") ? '\t' : delimiter.charAt(0));
    }

    private static @Nullable String column(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ElementKind kind(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback).strip().toUpperCase(Locale.ROOT);
        try {
            return ElementKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mapping key " + key + ": unknown element kind '" + value + "'", e);
        }
    }
}
