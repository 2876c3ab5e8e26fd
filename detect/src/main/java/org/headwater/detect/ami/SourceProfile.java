package org.headwater.detect.ami;

import java.util.Objects;
import org.headwater.alert.MeterClass;
import org.headwater.network.Location;
import org.headwater.network.MeterSpec;
import org.jspecify.annotations.Nullable;

/**
 * What the detectors need to know about a meter or sensor besides its readings.
 *
 * @param sourceId meter or sensor id
 * @param spec read and transmission intervals, type and size (defaults for a sensor)
 * @param premiseId the premise it serves, when known (backflow + tamper is judged per premise)
 * @param zoneId pressure zone or DMA, when known
 * @param location where it is, when known
 */
public record SourceProfile(
        String sourceId,
        MeterSpec spec,
        @Nullable String premiseId,
        @Nullable String zoneId,
        @Nullable Location location) {

    public SourceProfile {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(spec, "spec");
    }

    /** A meter known only by id: the residential default spec, no premise, zone or location. */
    public static SourceProfile unplaced(String sourceId) {
        return new SourceProfile(sourceId, MeterSpec.residentialDefault(), null, null, null);
    }

    public MeterClass meterClass() {
        return MeterClass.of(spec);
    }

    /** The premise-level id used for premise alerts: the premise, or the meter itself when none is known. */
    public String premiseOrSource() {
        return premiseId != null ? premiseId : sourceId;
    }
}
