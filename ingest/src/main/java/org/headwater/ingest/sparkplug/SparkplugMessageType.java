package org.headwater.ingest.sparkplug;

import java.util.Optional;

/** The message types of a Sparkplug B topic ({@code spBv1.0/group/TYPE/node[/device]}). */
public enum SparkplugMessageType {
    NBIRTH,
    NDEATH,
    DBIRTH,
    DDEATH,
    NDATA,
    DDATA,
    /** A command to an edge node: Headwater sends only the rebirth request, never reads these as data. */
    NCMD,
    /** A command to a device: Headwater never sends one. */
    DCMD;

    static Optional<SparkplugMessageType> of(String text) {
        for (SparkplugMessageType type : values()) {
            if (type.name().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether messages of this type belong to a device rather than the edge node itself. */
    public boolean isDeviceMessage() {
        return this == DBIRTH || this == DDEATH || this == DDATA || this == DCMD;
    }
}
