package org.headwater.ingest.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;

/**
 * Source addresses to Headwater sensors, read from a CSV file with a header naming the columns
 * {@code address,sensor_id,measurand,unit} and optionally {@code scale,offset} (any order; fields
 * may be quoted; lines starting with {@code #} are comments). A map with any bad line is refused
 * whole, with a {@link TagMapException} naming the file, the line and the field: a connector never
 * starts on half a map.
 */
public final class TagMap {

    static final List<String> REQUIRED = List.of("address", "sensor_id", "measurand", "unit");
    static final List<String> OPTIONAL = List.of("scale", "offset");

    private final String file;
    private final Map<String, TagMapping> byAddress;

    private TagMap(String file, Map<String, TagMapping> byAddress) {
        this.file = file;
        this.byAddress = byAddress;
    }

    /** Builds a map from mappings already checked (tests, the demo); addresses must be unique. */
    public static TagMap of(String name, Collection<TagMapping> mappings) {
        Map<String, TagMapping> byAddress = new LinkedHashMap<>();
        for (TagMapping mapping : mappings) {
            if (byAddress.putIfAbsent(mapping.address(), mapping) != null) {
                throw new IllegalArgumentException(name + ": address " + mapping.address() + " is mapped twice");
            }
        }
        return new TagMap(name, byAddress);
    }

    /** Reads and checks a tag map file (UTF-8). */
    public static TagMap read(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tag map " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a tag map; {@code file} names it in error messages. */
    public static TagMap parse(Reader in, String file) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            return parseLines(lines, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tag map " + file + ": " + e.getMessage(), e);
        }
    }

    private static TagMap parseLines(BufferedReader lines, String file) throws IOException {
        Map<String, Integer> columns = null;
        Map<String, TagMapping> byAddress = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            lineNumber++;
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields;
            try {
                fields = CsvLine.split(text);
            } catch (IllegalArgumentException e) {
                throw new TagMapException(
                        file, lineNumber, "field " + CsvLine.fieldsBeforeOpenQuote(text), e.getMessage());
            }
            if (columns == null) {
                columns = MapHeader.columns(fields, file, lineNumber, REQUIRED, OPTIONAL);
                continue;
            }
            TagMapping mapping = mapping(new Row(fields, columns, file, lineNumber));
            TagMapping earlier = byAddress.putIfAbsent(mapping.address(), mapping);
            if (earlier != null) {
                throw new TagMapException(
                        file,
                        lineNumber,
                        "address",
                        "\"" + mapping.address() + "\" is already mapped on an earlier line");
            }
        }
        if (columns == null) {
            throw new TagMapException(
                    file, 1, "header", "the file is empty; expected a header " + String.join(",", REQUIRED));
        }
        return new TagMap(file, byAddress);
    }

    private static TagMapping mapping(Row row) {
        String address = row.required("address");
        String sensorId = row.required("sensor_id");
        Measurand measurand = row.measurand();
        Unit unit = row.unit(measurand);
        double scale = row.number("scale", 1.0);
        if (scale == 0) {
            throw row.error("scale", "must not be 0");
        }
        double offset = row.number("offset", 0.0);
        return new TagMapping(address, sensorId, measurand, unit, scale, offset);
    }

    /** The mapping for a source address, if the map has one. */
    public Optional<TagMapping> lookup(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Every mapping, in file order. */
    public List<TagMapping> mappings() {
        return List.copyOf(byAddress.values());
    }

    public int size() {
        return byAddress.size();
    }

    /** The file (or name) the map came from. */
    public String file() {
        return file;
    }

    /** One data line with its column positions, reporting problems at its line. */
    private record Row(List<String> fields, Map<String, Integer> columns, String file, int line) {

        String optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size()) {
                return "";
            }
            return fields.get(index).strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw error(column, "is empty");
            }
            return value;
        }

        Measurand measurand() {
            String value = required("measurand");
            try {
                return Measurand.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("measurand", "\"" + value + "\" is not one of " + List.of(Measurand.values()));
            }
        }

        Unit unit(Measurand measurand) {
            String value = required("unit");
            Unit unit = Unit.parse(value).orElseThrow(() -> error("unit", "\"" + value + "\" is not a known unit"));
            if (unit.family() != Unit.familyOf(measurand)) {
                throw error(
                        "unit",
                        "\"" + value + "\" measures " + unit.family() + ", but " + measurand + " needs "
                                + Unit.familyOf(measurand));
            }
            return unit;
        }

        double number(String column, double absent) {
            String value = optional(column);
            if (value.isEmpty()) {
                return absent;
            }
            try {
                double number = Double.parseDouble(value);
                if (!Double.isFinite(number)) {
                    throw error(column, "\"" + value + "\" is not a finite number");
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(column, "\"" + value + "\" is not a number");
            }
        }

        TagMapException error(String column, String problem) {
            return new TagMapException(file, line, column, problem);
        }
    }
}
