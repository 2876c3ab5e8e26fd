package org.headwater.telemetry;

/**
 * Meter alarms in Headwater's vocabulary; vendor codes are mapped onto these at ingestion (EPA
 * section 3: reverse flow, tamper, magnetic tamper, cut wire, empty pipe, leak flag, low battery).
 */
public enum AlarmCode {
    REVERSE_FLOW,
    TAMPER,
    MAGNETIC_TAMPER,
    CUT_WIRE,
    REMOVAL,
    TILT,
    EMPTY_PIPE,
    LEAK,
    LOW_BATTERY,
    HIGH_FLOW,
    METER_REPLACED
}
