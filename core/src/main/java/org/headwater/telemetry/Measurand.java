package org.headwater.telemetry;

/**
 * What a reading measures, each with the one canonical unit values are stored in. Adapters convert
 * to these units at the edge so nothing downstream guesses.
 */
public enum Measurand {
    /** Volume that passed the meter during the interval ending at the reading's time, litres; negative is reverse flow. */
    INTERVAL_VOLUME("L"),
    /** Cumulative register value as the meter reports it, litres. */
    REGISTER("L"),
    FLOW("L/s"),
    PRESSURE("kPa"),
    LEVEL("m"),
    CHLORINE("mg/L"),
    TURBIDITY("NTU"),
    PH("pH"),
    CONDUCTIVITY("uS/cm"),
    TEMPERATURE("degC"),
    /** A pump's run status from SCADA: 1 running, 0 stopped. */
    PUMP_RUNNING("on");

    private final String canonicalUnit;

    Measurand(String canonicalUnit) {
        this.canonicalUnit = canonicalUnit;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }
}
