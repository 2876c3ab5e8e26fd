package org.headwater.alert;

/**
 * Every threshold resolved for one meter at one version: a flat array indexed by
 * {@link ThresholdKey#ordinal()} so detectors read it without lookups on the hot path.
 */
public final class ResolvedThresholds {

    private final long version;
    private final double[] values;

    ResolvedThresholds(long version, double[] values) {
        this.version = version;
        this.values = values;
    }

    /** The built-in defaults, version 0 (used by tests and offline runs without configuration). */
    public static ResolvedThresholds defaults() {
        return Thresholds.builtIn().resolve("", null);
    }

    public long version() {
        return version;
    }

    public double get(ThresholdKey key) {
        return values[key.ordinal()];
    }
}
