package org.headwater.hydraulics;

import java.util.Locale;

/** EPANET's tank mixing models ([MIXING]): complete mix, two compartments, plug flow first-in-first-out and last-in-first-out. */
public enum TankMixing {
    MIXED,
    TWO_COMPARTMENT,
    FIFO,
    LIFO;

    /** The model an .inp file names (MIXED, 2COMP, FIFO, LIFO), or null. */
    static TankMixing named(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "MIXED" -> MIXED;
            case "2COMP" -> TWO_COMPARTMENT;
            case "FIFO" -> FIFO;
            case "LIFO" -> LIFO;
            default -> null;
        };
    }
}
