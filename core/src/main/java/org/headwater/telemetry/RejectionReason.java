package org.headwater.telemetry;

/** Why a record went to quarantine; each has a stable code that operators can filter on. */
public enum RejectionReason {
    MALFORMED_RECORD,
    MISSING_FIELD,
    INVALID_NUMBER,
    INVALID_TIMESTAMP,
    TIMESTAMP_IN_FUTURE,
    UNKNOWN_UNIT,
    UNIT_MISMATCH,
    UNKNOWN_METER,
    UNKNOWN_ALARM_CODE,
    REGISTER_WENT_BACKWARDS,
    IMPLAUSIBLE_VALUE,
    PAYLOAD_TOO_LARGE,
    INVALID_JSON,
    /** A field source (OPC UA, Sparkplug, a historian) marked the value bad; the detail quotes its status. */
    BAD_QUALITY,
    /** A field source sent a value at an address its tag map does not name. */
    UNMAPPED_ADDRESS
}
