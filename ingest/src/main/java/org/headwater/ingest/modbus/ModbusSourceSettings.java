package org.headwater.ingest.modbus;

import java.time.Duration;
import java.util.Objects;

/**
 * Where one Modbus TCP device is and how often it is read.
 *
 * @param name the source's name (status board, quarantine channel {@code modbus:<name>})
 * @param host device or gateway host
 * @param port usually 502
 * @param interval time between the starts of two polls
 * @param requestTimeout how long one read may take before it counts as lost
 * @param connectTimeout how long a connection attempt may take
 */
public record ModbusSourceSettings(
        String name, String host, int port, Duration interval, Duration requestTimeout, Duration connectTimeout) {

    public ModbusSourceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        for (Duration d : new Duration[] {interval, requestTimeout, connectTimeout}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("interval and timeouts must be positive: " + d);
            }
        }
    }

    /** Every 5 s, 2 s per read, 5 s to connect. */
    public static ModbusSourceSettings of(String name, String host, int port) {
        return new ModbusSourceSettings(
                name, host, port, Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
