package org.headwater.telemetry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values a measurand can physically take, in its canonical unit; anything outside is
 * quarantined as {@link RejectionReason#IMPLAUSIBLE_VALUE} rather than fed to detectors.
 */
public final class PlausibleRanges {

    /** An inclusive range in the measurand's canonical unit. */
    public record Range(double min, double max) {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException("range min " + min + " is above max " + max);
            }
        }

        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    private final Map<Measurand, Range> ranges;

    private PlausibleRanges(Map<Measurand, Range> ranges) {
        for (Measurand m : Measurand.values()) {
            Objects.requireNonNull(ranges.get(m), () -> "no plausible range for " + m);
        }
        this.ranges = new EnumMap<>(ranges);
    }

    /**
     * Wide defaults that only catch impossible values (unit mix-ups, sensor faults): a register is
     * never negative; pressure is never below vacuum (-101.325 kPa); pH lies in 0..14.
     */
    public static PlausibleRanges defaults() {
        Map<Measurand, Range> r = new EnumMap<>(Measurand.class);
        r.put(Measurand.INTERVAL_VOLUME, new Range(-1e6, 1e8));
        r.put(Measurand.REGISTER, new Range(0, 1e13));
        r.put(Measurand.FLOW, new Range(-1e5, 1e5));
        r.put(Measurand.PRESSURE, new Range(-101.325, 5_000));
        r.put(Measurand.LEVEL, new Range(-1_000, 10_000));
        r.put(Measurand.CHLORINE, new Range(0, 100));
        r.put(Measurand.TURBIDITY, new Range(0, 10_000));
        r.put(Measurand.PH, new Range(0, 14));
        r.put(Measurand.CONDUCTIVITY, new Range(0, 200_000));
        r.put(Measurand.TEMPERATURE, new Range(-50, 100));
        r.put(Measurand.PUMP_RUNNING, new Range(0, 1));
        return new PlausibleRanges(r);
    }

    /** A copy with one measurand's range replaced. */
    public PlausibleRanges with(Measurand measurand, Range range) {
        Map<Measurand, Range> copy = new EnumMap<>(ranges);
        copy.put(measurand, range);
        return new PlausibleRanges(copy);
    }

    public Range of(Measurand measurand) {
        return ranges.get(measurand);
    }
}
