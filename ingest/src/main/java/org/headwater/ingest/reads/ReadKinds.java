package org.headwater.ingest.reads;

import java.util.List;
import java.util.Locale;
import org.headwater.telemetry.Measurand;
import org.jspecify.annotations.Nullable;

/** The {@code kind} vocabulary shared by the CSV and JSON formats. */
final class ReadKinds {

    /** Kind names, lower case; {@code alarm} is the last and has no measurand. */
    static final List<String> NAMES = List.of(
            "interval",
            "register",
            "flow",
            "pressure",
            "level",
            "chlorine",
            "turbidity",
            "ph",
            "conductivity",
            "temperature",
            "alarm");

    private static final Measurand[] MEASURANDS = {
        Measurand.INTERVAL_VOLUME, Measurand.REGISTER, Measurand.FLOW, Measurand.PRESSURE, Measurand.LEVEL,
        Measurand.CHLORINE, Measurand.TURBIDITY, Measurand.PH, Measurand.CONDUCTIVITY, Measurand.TEMPERATURE
    };

    static final int ALARM = NAMES.size() - 1;

    private ReadKinds() {}

    /** The measurand of kind number {@code k}, or null for {@code alarm}. */
    static @Nullable Measurand measurand(int k) {
        return k == ALARM ? null : MEASURANDS[k];
    }

    /** The kind number of a name, ignoring case, or -1. */
    static int indexOf(String name) {
        return NAMES.indexOf(name.strip().toLowerCase(Locale.ROOT));
    }

    static String list() {
        return String.join(", ", NAMES);
    }
}
