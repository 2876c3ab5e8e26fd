package org.headwater.ingest.modbus;

import java.time.Duration;
import java.util.Set;
import org.headwater.ingest.sources.SourceConfigException;
import org.headwater.ingest.sources.SourceDefinition;

/**
 * Reads one {@code headwater.sources.modbus.<name>.*} source: {@code host}, {@code port} (502),
 * {@code interval} (5s), {@code request-timeout} (2s), {@code connect-timeout} (5s) and the register
 * map {@code map} ({@link RegisterMap}). A bad value is refused naming the full property; a bad map
 * naming its file, line and field.
 */
public final class ModbusSources {

    public static final String KIND = "modbus";

    private static final Set<String> KEYS = Set.of("host", "port", "interval", "request-timeout", "connect-timeout");

    private ModbusSources() {}

    public static ModbusSourceSettings settings(SourceDefinition source) {
        source.allowOnly(KEYS);
        Duration interval = positive(source, "interval", Duration.ofSeconds(5));
        return new ModbusSourceSettings(
                source.name(),
                source.required("host"),
                source.integer("port", 502, 1, 65_535),
                interval,
                positive(source, "request-timeout", Duration.ofSeconds(2)),
                positive(source, "connect-timeout", Duration.ofSeconds(5)));
    }

    /** Reads the source's register map file. */
    public static RegisterMap registerMap(SourceDefinition source) {
        var file = source.mapFile();
        if (!file.toFile().isFile()) {
            throw new SourceConfigException(
                    source.property("map"), "file " + file.toAbsolutePath() + " does not exist");
        }
        return RegisterMap.read(file);
    }

    private static Duration positive(SourceDefinition source, String key, Duration absent) {
        Duration value = source.duration(key, absent);
        if (value.isZero()) {
            throw new SourceConfigException(source.property(key), "must be longer than 0");
        }
        return value;
    }
}
