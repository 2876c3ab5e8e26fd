package org.headwater.hydraulics.inp;

import java.util.Locale;
import java.util.Optional;

/** The sections of an EPANET 2.2 input file (and 2.3's [LEAKAGE]); names are case-insensitive. */
public enum InpSection {
    TITLE,
    JUNCTIONS,
    RESERVOIRS,
    TANKS,
    PIPES,
    PUMPS,
    VALVES,
    EMITTERS,
    LEAKAGE,
    CURVES,
    PATTERNS,
    ENERGY,
    STATUS,
    CONTROLS,
    RULES,
    DEMANDS,
    QUALITY,
    REACTIONS,
    SOURCES,
    MIXING,
    OPTIONS,
    TIMES,
    REPORT,
    COORDINATES,
    VERTICES,
    LABELS,
    BACKDROP,
    TAGS,
    ROUGHNESS,
    END;

    /** The section a header such as {@code [Junctions]} opens, if EPANET knows it. */
    public static Optional<InpSection> named(String header) {
        String name = header.substring(1, header.length() - 1).strip().toUpperCase(Locale.ROOT);
        for (InpSection section : values()) {
            if (section.name().equals(name)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    public String header() {
        return "[" + name() + "]";
    }
}
