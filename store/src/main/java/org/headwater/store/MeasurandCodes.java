package org.headwater.store;

import java.util.EnumMap;
import java.util.Map;
import org.headwater.telemetry.Measurand;

/** Stable small-integer codes for measurands in the reading table; never reuse or renumber a code. */
final class MeasurandCodes {

    private static final Map<Measurand, Short> CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(Measurand.INTERVAL_VOLUME, (short) 1),
            Map.entry(Measurand.REGISTER, (short) 2),
            Map.entry(Measurand.FLOW, (short) 3),
            Map.entry(Measurand.PRESSURE, (short) 4),
            Map.entry(Measurand.LEVEL, (short) 5),
            Map.entry(Measurand.CHLORINE, (short) 6),
            Map.entry(Measurand.TURBIDITY, (short) 7),
            Map.entry(Measurand.PH, (short) 8),
            Map.entry(Measurand.CONDUCTIVITY, (short) 9),
            Map.entry(Measurand.TEMPERATURE, (short) 10),
            Map.entry(Measurand.PUMP_RUNNING, (short) 11)));

    private static final Measurand[] BY_CODE = new Measurand[CODES.size() + 1];

    static {
        if (CODES.size() != Measurand.values().length) {
            throw new ExceptionInInitializerError("every Measurand needs a stored code");
        }
        CODES.forEach((m, c) -> BY_CODE[c] = m);
    }

    private MeasurandCodes() {}

    static short code(Measurand measurand) {
        return CODES.get(measurand);
    }

    static Measurand measurand(short code) {
        if (code <= 0 || code >= BY_CODE.length) {
            throw new IllegalStateException("unknown measurand code in store: " + code);
        }
        return BY_CODE[code];
    }
}
