package org.headwater.ingest.opcua.simulated;

import java.util.Objects;

/**
 * One tag the simulated server serves, as node {@code ns=<scada>;s=<name>} under
 * {@code Objects/Scada}.
 *
 * @param name the node's string identifier and browse name, e.g. {@code PS1.Pressure}
 * @param kind what values it holds
 */
public record SimulatedTag(String name, Kind kind) {

    public SimulatedTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static SimulatedTag analog(String name) {
        return new SimulatedTag(name, Kind.ANALOG);
    }

    public static SimulatedTag status(String name) {
        return new SimulatedTag(name, Kind.STATUS);
    }

    /** Analog values are Doubles; status values (pump running) are Booleans. */
    public enum Kind {
        ANALOG,
        STATUS
    }
}
