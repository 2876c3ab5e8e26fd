package org.headwater.telemetry;

import java.util.Optional;
import org.headwater.network.MeterSpec;

/**
 * Looks up what ingestion must know about a source: a meter's {@link MeterSpec} (register unit,
 * rollover, read interval) and whether a sensor id exists. A reading from an id this directory does
 * not know is quarantined as {@link RejectionReason#UNKNOWN_METER}.
 */
public interface MeterDirectory {

    /** The spec of a meter, or empty when no meter has this id. */
    Optional<MeterSpec> meter(String meterId);

    /** Whether a sensor (SCADA tag) with this id exists; meters are looked up with {@link #meter}. */
    boolean isKnownSensor(String sensorId);

    /** Whether readings from this id may be accepted at all. */
    default boolean isKnownSource(String sourceId) {
        return meter(sourceId).isPresent() || isKnownSensor(sourceId);
    }

    /** A directory that knows every id, giving each meter the same spec: for replays and benchmarks. */
    static MeterDirectory acceptingAll(MeterSpec spec) {
        Optional<MeterSpec> found = Optional.of(spec);
        return new MeterDirectory() {
            @Override
            public Optional<MeterSpec> meter(String meterId) {
                return found;
            }

            @Override
            public boolean isKnownSensor(String sensorId) {
                return true;
            }
        };
    }
}
