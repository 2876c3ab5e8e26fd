package org.headwater.ingest.modbus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.ingest.sources.MapHeader;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapException;
import org.headwater.ingest.sources.TagMapping;

/**
 * The registers one Modbus source polls, read from a CSV file whose header names the columns
 * {@code unit_id,function,address,type,unit,sensor_id,measurand} and optionally
 * {@code word_order,scale,offset} (any order; no quoting: no field needs a comma; {@code #} starts a
 * comment line). {@code function} is 1, 2, 3 or 4; a write function code (5, 6, 15, 16, 22, 23) is
 * refused by name. {@code word_order} is {@code big} (high word first, the default) or
 * {@code little}. A map with any bad line is refused whole with a {@link TagMapException} naming the
 * file, the line and the field.
 */
public final class RegisterMap {

    static final List<String> REQUIRED =
            List.of("unit_id", "function", "address", "type", "unit", "sensor_id", "measurand");
    static final List<String> OPTIONAL = List.of("word_order", "scale", "offset");
    private static final List<Integer> WRITE_FUNCTIONS = List.of(5, 6, 15, 16, 22, 23);

    private final String file;
    private final List<ModbusRegister> registers;
    private final TagMap tagMap;

    private RegisterMap(String file, List<ModbusRegister> registers) {
        this.file = file;
        this.registers = List.copyOf(registers);
        this.tagMap =
                TagMap.of(file, registers.stream().map(ModbusRegister::mapping).toList());
    }

    /** Builds a map from registers already checked (tests, benchmarks). */
    public static RegisterMap of(String name, List<ModbusRegister> registers) {
        return new RegisterMap(name, registers);
    }

    /** Reads and checks a register map file (UTF-8). */
    public static RegisterMap read(Path path) {
        try {
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read register map " + path + ": " + e.getMessage(), e);
        }
    }

    /** Checks the lines of a register map; {@code file} names it in error messages. */
    public static RegisterMap parse(List<String> lines, String file) {
        Map<String, Integer> columns = null;
        List<ModbusRegister> registers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int line = i + 1;
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = List.of(text.split(",", -1));
            if (columns == null) {
                columns = MapHeader.columns(fields, file, line, REQUIRED, OPTIONAL);
                continue;
            }
            ModbusRegister register = register(new Row(fields, columns, file, line));
            Integer earlier = seen.putIfAbsent(register.key(), line);
            if (earlier != null) {
                throw new TagMapException(
                        file,
                        line,
                        "address",
                        "unit " + register.unitId() + " function "
                                + register.function() + " address " + register.address() + " is already mapped on line "
                                + earlier);
            }
            registers.add(register);
        }
        if (columns == null) {
            throw new TagMapException(
                    file, 1, "header", "the file is empty; expected a header " + String.join(",", REQUIRED));
        }
        return new RegisterMap(file, registers);
    }

    private static ModbusRegister register(Row row) {
        int unitId = row.integer("unit_id", 0, 255);
        int function = row.function();
        RegisterType type = row.type(function);
        int address = row.integer("address", 0, 65_535);
        if (address + Math.max(1, type.registers()) - 1 > 65_535) {
            throw row.error(
                    "address",
                    address + " leaves no room for the " + type.registers() + " registers of a " + type
                            + " below 65535");
        }
        boolean lowWordFirst = row.wordOrder(type);
        return new ModbusRegister(
                unitId, function, address, type, lowWordFirst, meaning(row, unitId, function, address));
    }

    // The columns a register shares with a tag map line are checked by the tag map itself, so both files
    // accept and refuse the same sensor, measurand, unit, scale and offset values with the same words.
    private static TagMapping meaning(Row row, int unitId, int function, int address) {
        String key = ModbusRegister.key(unitId, function, address);
        List<String> columns = List.of("sensor_id", "measurand", "unit", "scale", "offset");
        StringBuilder line = new StringBuilder(key);
        for (String column : columns) {
            line.append(',').append(row.optional(column));
        }
        String csv = "address," + String.join(",", columns) + "\n" + line + "\n";
        try {
            return TagMap.parse(new StringReader(csv), row.file()).mappings().get(0);
        } catch (TagMapException e) {
            String prefix = row.file() + " line 2 field " + e.field() + ": ";
            String problem =
                    e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw row.error(e.field(), problem);
        }
    }

    /** Every register, in file order. */
    public List<ModbusRegister> registers() {
        return registers;
    }

    /** The same lines as a tag map keyed by {@link ModbusRegister#key()}, for the shared value path. */
    public TagMap tagMap() {
        return tagMap;
    }

    public String file() {
        return file;
    }

    /** One data line with its column positions, reporting problems at its line. */
    private record Row(List<String> fields, Map<String, Integer> columns, String file, int line) {

        String optional(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.size()
                    ? ""
                    : fields.get(index).strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw error(column, "is empty");
            }
            return value;
        }

        int integer(String column, int min, int max) {
            String value = required(column);
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw error(column, number + " is outside " + min + ".." + max);
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(column, "\"" + value + "\" is not a whole number");
            }
        }

        int function() {
            String value = required("function");
            int function;
            try {
                function = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error("function", "\"" + value + "\" is not a function code");
            }
            if (WRITE_FUNCTIONS.contains(function)) {
                throw error("function", function + " is a write function; Headwater only reads (1, 2, 3 or 4)");
            }
            if (function < 1 || function > 4) {
                throw error("function", function + " is not a read function (1, 2, 3 or 4)");
            }
            return function;
        }

        RegisterType type(int function) {
            String value = required("type");
            RegisterType type = RegisterType.parse(value)
                    .orElseThrow(
                            () -> error("type", "\"" + value + "\" is not one of " + List.of(RegisterType.values())));
            if ((type == RegisterType.BOOL) != (function <= 2)) {
                throw error(
                        "type",
                        function <= 2
                                ? "function " + function + " reads bits: the type must be bool"
                                : "function " + function + " reads registers: " + type + " is not a register type");
            }
            return type;
        }

        boolean wordOrder(RegisterType type) {
            String value = optional("word_order").toLowerCase(Locale.ROOT);
            if (!value.isEmpty() && type.registers() < 2) {
                throw error("word_order", "only 32-bit types have a word order; " + type + " has one register");
            }
            return switch (value) {
                case "", "big" -> false;
                case "little" -> true;
                default -> throw error("word_order", "\"" + value + "\" is not big or little");
            };
        }

        TagMapException error(String column, String problem) {
            return new TagMapException(file, line, column, problem);
        }
    }
}
