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
    INVALID_JSON
}
