package org.headwater.telemetry;

import java.time.Instant;
import java.util.Objects;

/**
 * An alarm reported by a meter or its interface unit.
 *
 * @param meterId meter id in the network model
 * @param time event time reported by the meter, UTC
 * @param code normalised alarm
 * @param vendorCode the code exactly as the headend sent it, kept as evidence
 */
public record MeterEvent(String meterId, Instant time, AlarmCode code, String vendorCode) {

    public MeterEvent {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vendorCode, "vendorCode");
        if (meterId.isBlank()) {
            throw new IllegalArgumentException("meterId must not be blank");
        }
    }
}
