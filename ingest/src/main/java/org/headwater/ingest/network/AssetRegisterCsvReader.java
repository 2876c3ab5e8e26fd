package org.headwater.ingest.network;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.Attr;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Imports an asset-register CSV (one asset per row, a header row naming the columns) through an
 * {@link AssetRegisterMapping}. Diameters become millimetres, lengths metres, install dates ISO
 * dates; each distinct zone value becomes one area element {@code zone:<value>} that the row's
 * element is {@code LOCATED_IN}. A blank cell means "not known" and sets no attribute; a cell that
 * does not parse, a row with the wrong number of fields or a duplicate id is an error naming the
 * file, line, column and mapping key.
 */
public final class AssetRegisterCsvReader {

    private final AssetRegisterMapping mapping;

    public AssetRegisterCsvReader(AssetRegisterMapping mapping) {
        this.mapping = mapping;
    }

    /** Reads a file; a name ending in {@code .gz} is decompressed. */
    public Network read(Path file) {
        return NetworkFiles.read(file, this::read);
    }

    public Network read(BufferedReader in, String fileName) {
        CsvRecords records = new CsvRecords(in, fileName, mapping.delimiter());
        List<String> header = records.next();
        if (header == null) {
            throw new NetworkImportException(fileName, 1, "header", "header", "the file is empty");
        }
        Row row = new Row(fileName, header);
        Network.Builder network = Network.builder(NetworkFiles.baseName(Path.of(fileName)));
        Map<String, String> zones = new HashMap<>();
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            row.load(records.line(), fields);
            NetworkElement element = element(row);
            if (network.get(element.id()).isPresent()) {
                throw row.error(mapping.idColumn(), "id", "duplicate id '" + element.id() + "'");
            }
            network.add(element);
            element.attribute(Attr.ZONE).ifPresent(zone -> {
                String zoneId = zones.computeIfAbsent(zone, z -> addZone(network, z));
                network.relate(element.id(), RelationType.LOCATED_IN, zoneId);
            });
        }
        return network.build();
    }

    private String addZone(Network.Builder network, String zone) {
        String id = "zone:" + zone;
        network.add(
                new NetworkElement(id, mapping.zoneKind(), zone, null, Map.of(Attr.SOURCE_FORMAT, "asset-register")));
        return id;
    }

    private NetworkElement element(Row row) {
        String sourceId = row.text(mapping.idColumn(), "id");
        if (sourceId == null) {
            throw row.error(mapping.idColumn(), "id", "the id is blank");
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put(Attr.SOURCE_ID, sourceId);
        a.put(Attr.SOURCE_FORMAT, "asset-register");
        putIfPresent(a, Attr.MATERIAL, row.text(mapping.materialColumn(), "material"));
        Double diameter = row.number(mapping.diameterColumn(), "diameter");
        if (diameter != null) {
            a.put(Attr.DIAMETER_MM, Double.toString(mapping.diameterUnit().toMillimetres(diameter)));
        }
        String status = row.text(mapping.statusColumn(), "status");
        putIfPresent(a, Attr.STATUS, status == null ? null : status.toUpperCase(Locale.ROOT));
        putIfPresent(a, Attr.ZONE, row.text(mapping.zoneColumn(), "zone"));
        putInstall(a, row);
        mapping.attributes().forEach((key, column) -> putIfPresent(a, key, row.text(column, "attribute." + key)));
        Location location = location(row, a);
        return new NetworkElement(mapping.idPrefix() + sourceId, mapping.kind(), sourceId, location, a);
    }

    private void putInstall(Map<String, String> a, Row row) {
        String date = row.text(mapping.installDateColumn(), "install.date");
        if (date != null) {
            LocalDate parsed = row.date(mapping.installDateColumn(), date);
            a.put(Attr.INSTALL_DATE, parsed.toString());
            a.put(Attr.INSTALL_YEAR, Integer.toString(parsed.getYear()));
        }
        Double year = row.number(mapping.installYearColumn(), "install.year");
        if (year != null) {
            a.put(Attr.INSTALL_YEAR, Integer.toString(year.intValue()));
        }
    }

    /** x/y columns give a point; a WKT geometry gives a point or the middle of a line (and its length). */
    private @Nullable Location location(Row row, Map<String, String> a) {
        Double length = row.number(mapping.lengthColumn(), "length");
        if (length != null) {
            a.put(Attr.LENGTH_M, Double.toString(mapping.lengthUnit().toMetres(length)));
        }
        Double x = row.number(mapping.xColumn(), "x");
        Double y = row.number(mapping.yColumn(), "y");
        if (x != null && y != null) {
            return row.at(mapping.xColumn(), "x", () -> new Location(x, y, mapping.crs()));
        }
        String wkt = row.text(mapping.geometryColumn(), "geometry");
        if (wkt == null) {
            return null;
        }
        return row.at(mapping.geometryColumn(), "geometry", () -> {
            List<Location> vertices = WktGeometry.vertices(wkt, mapping.crs());
            if (vertices.size() == 1) {
                return vertices.get(0);
            }
            Polyline line = new Polyline(vertices);
            a.putIfAbsent(Attr.LENGTH_M, Double.toString(line.lengthMetres()));
            return line.midpoint();
        });
    }

    private static void putIfPresent(Map<String, String> a, String key, @Nullable String value) {
        if (value != null) {
            a.put(key, value);
        }
    }

    /** The current row with its header, so every cell error names file, line, column and mapping key. */
    private final class Row {
        private final String file;
        private final List<String> header;
        private final Map<String, Integer> index = new HashMap<>();
        private List<String> fields = List.of();
        private int line;

        Row(String file, List<String> header) {
            this.file = file;
            this.header = header;
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip(), i);
            }
            requireColumns();
        }

        private void requireColumns() {
            Map<String, @Nullable String> used = new LinkedHashMap<>();
            used.put("id", mapping.idColumn());
            used.put("material", mapping.materialColumn());
            used.put("diameter", mapping.diameterColumn());
            used.put("length", mapping.lengthColumn());
            used.put("install.date", mapping.installDateColumn());
            used.put("install.year", mapping.installYearColumn());
            used.put("status", mapping.statusColumn());
            used.put("zone", mapping.zoneColumn());
            used.put("x", mapping.xColumn());
            used.put("y", mapping.yColumn());
            used.put("geometry", mapping.geometryColumn());
            mapping.attributes().forEach((key, column) -> used.put("attribute." + key, column));
            used.forEach((key, column) -> {
                if (column != null && !index.containsKey(column)) {
                    throw new NetworkImportException(
                            file, 1, "header", key, "column '" + column + "' is not in the header " + header);
                }
            });
        }

        void load(int lineNumber, List<String> row) {
            this.line = lineNumber;
            this.fields = row;
            if (row.size() != header.size()) {
                throw new NetworkImportException(
                        file,
                        line,
                        "row",
                        "fields",
                        "the row has " + row.size() + " fields, the header " + header.size()
                                + "; the file may be truncated or corrupt");
            }
        }

        @Nullable
        String text(@Nullable String column, String key) {
            if (column == null) {
                return null;
            }
            String value = fields.get(index.get(column)).strip();
            return value.isEmpty() ? null : value;
        }

        @Nullable
        Double number(@Nullable String column, String key) {
            String value = text(column, key);
            if (value == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below with file, line and column
            }
            throw error(column, key, "'" + value + "' is not a number");
        }

        LocalDate date(String column, String value) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(mapping.installDateFormat(), Locale.ROOT);
            try {
                // The format matches the start of the cell, so "1979/01/01 00:00:00+00" reads with yyyy/MM/dd.
                return LocalDate.from(format.parse(value, new ParsePosition(0)));
            } catch (RuntimeException e) {
                throw error(column, "install.date", "'" + value + "' does not match " + mapping.installDateFormat());
            }
        }

        <T> T at(String column, String key, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw error(column, key, e.getMessage());
            }
        }

        NetworkImportException error(String column, String key, String problem) {
            return new NetworkImportException(file, line, "column '" + column + "'", key, problem);
        }
    }
}
