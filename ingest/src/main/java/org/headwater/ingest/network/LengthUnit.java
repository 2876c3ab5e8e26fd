package org.headwater.ingest.network;

import java.util.Locale;

/** Units a register may give lengths and diameters in; names are case-insensitive in a mapping. */
public enum LengthUnit {
    MM(0.001),
    CM(0.01),
    M(1),
    KM(1000),
    IN(0.0254),
    FT(0.3048),
    MI(1609.344);

    private final double metres;

    LengthUnit(double metres) {
        this.metres = metres;
    }

    public double toMetres(double value) {
        return value * metres;
    }

    public double toMillimetres(double value) {
        return value * metres * 1000;
    }

    static LengthUnit parse(String name, String key) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "mapping key " + key + ": unknown unit '" + name + "', expected one of "
                            + java.util.Arrays.toString(values()),
                    e);
        }
    }
}
