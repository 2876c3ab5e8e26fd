package org.headwater.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configurable detection threshold, with its unit, its system default and its allowed range.
 * Defaults cite their source; where no source gives a number the default is ours and says so in
 * {@code docs/ami-surveillance.md}.
 */
public enum ThresholdKey {
    // Backflow (EPA section 5.2 "Backflow Alerts"; thresholds set at the headend, system-wide or per meter).
    BACKFLOW_VOLUME_LITRES("L", 5.0, 0, false),
    BACKFLOW_DURATION_HOURS("h", 3.0, 0, false),
    /** Reverse volumes at or below this per interval are meter jitter (EPA "Alert Sensitivity" box). */
    BACKFLOW_NOISE_LITRES("L", 0.1, 0, true),
    REVERSED_METER_DAYS("d", 2, 0, false),
    REVERSED_METER_SHARE("ratio", 0.9, 0, false, 1.0),
    REVERSED_METER_MIN_LITRES_PER_DAY("L/d", 20, 0, true),
    // Tampering (EPA section 5.2 "Tampering Alerts").
    /**
     * Register decreases up to this are reverse flow, judged by the backflow rule through the interval
     * volumes; only a larger drop is "register going backwards" (ingestion believes reverse flow up to
     * 100 L per interval too).
     */
    REGISTER_TOLERANCE_LITRES("L", 100, 0, true),
    METER_REPLACEMENT_GRACE_HOURS("h", 48, 0, true),
    SUDDEN_STOP_ACTIVE_HOURS("h", 24, 0, false),
    SUDDEN_STOP_ZERO_HOURS("h", 24, 0, false),
    /** A tamper or reverse-flow alarm clears at the first reading this long after the alarm's last repeat. */
    ALARM_QUIET_HOURS("h", 24, 0, false),
    // Leaks (Badger BEACON: > 1 US gal/h minimum hourly flow for 24 h; critical at >= 60 gal/h).
    LEAK_MIN_LITRES_PER_HOUR("L/h", 3.785411784, 0, false),
    LEAK_DURATION_HOURS("h", 24, 0, false),
    LEAK_CRITICAL_LITRES_PER_HOUR("L/h", 60 * 3.785411784, 0, false),
    /** Neptune E-CODER: flow in at least 50 of the 96 quarter hours of a day is an intermittent leak. */
    INTERMITTENT_FLOW_SHARE("ratio", 50.0 / 96.0, 0, false, 1.0),
    /**
     * Share of the night intervals (ending 02:00-05:00 local) that must carry flow too: with hourly
     * reads a busy household has flow in most hours of the day, a leak also at night (tuned on DAIAD).
     */
    INTERMITTENT_NIGHT_SHARE("ratio", 0.75, 0, true, 1.0),
    INTERMITTENT_DAYS("d", 3, 0, false),
    // High and low use against the customer's own baseline.
    HIGH_USE_FACTOR("ratio", 3.0, 1.0, false),
    HIGH_USE_MIN_EXCESS_LITRES("L", 200, 0, true),
    BASELINE_MIN_DAYS("d", 14, 0, false),
    LOW_USE_LITRES_PER_DAY("L/d", 20, 0, true),
    LOW_USE_DAYS("d", 7, 0, false),
    LOW_USE_MIN_BASELINE_LITRES_PER_DAY("L/d", 100, 0, true),
    // Non-reporting: late within the transmission schedule is not an alert.
    NON_REPORTING_GRACE_HOURS("h", 2, 0, true),
    // Pressure (EPA pressure call-out box: most states require 20 psi; 20 psi = 137.9 kPa).
    PRESSURE_MIN_KPA("kPa", 20 * 6.894757293168, 0, false),
    PRESSURE_MAX_KPA("kPa", 120 * 6.894757293168, 0, false),
    PRESSURE_SPIKE_KPA("kPa", 100, 0, false),
    PRESSURE_DROP_KPA("kPa", 70, 0, false),
    PRESSURE_DROP_MINUTES("min", 30, 0, true),
    // Backflow + tamper at one premise (EPA section 2: possible intentional contamination).
    BACKFLOW_TAMPER_WINDOW_HOURS("h", 24, 0, false),
    // DMA night flow against the demand forecast (minimum night flow analysis, IWA water balance).
    /** Margin above the forecast when the forecast has no prediction interval (ours: 25 %). */
    NIGHT_FLOW_EXCESS_RATIO("ratio", 0.25, 0, true),
    /** Consecutive nights above the limit before a DMA_NIGHT_FLOW alert (one night may be noise). */
    NIGHT_FLOW_NIGHTS("nights", 2, 0, false),
    /** First utility-local hour of the minimum night flow window (whole hours). */
    NIGHT_FLOW_START_HOUR("h", 2, 0, true, 23),
    /** Utility-local hour the window ends at, exclusive; must lie after the start hour. */
    NIGHT_FLOW_END_HOUR("h", 4, 1, true, 24),
    // Leak and burst from the live model's pressure residuals (measured minus modelled, ADR 0035).
    /** Drop of a sensor's residual below its own recent median that counts toward a leak. */
    RESIDUAL_DROP_KPA("kPa", 7, 0, false),
    /** Sensors that must show the drop in the same step (one sensor alone is a sensor problem). */
    RESIDUAL_SENSORS("sensors", 3, 1, true),
    /** Consecutive 15-minute steps over the drop before a LEAK_BURST alert (noise lasts one or two). */
    RESIDUAL_STEPS("steps", 3, 1, true),
    /** Hours of leak-free residuals in each sensor's median. */
    RESIDUAL_BASELINE_HOURS("h", 24, 1, true);

    private final String unit;
    private final double defaultValue;
    private final double lowerBound;
    private final boolean lowerBoundAllowed;
    private final double upperBound;

    ThresholdKey(String unit, double defaultValue, double lowerBound, boolean lowerBoundAllowed) {
        this(unit, defaultValue, lowerBound, lowerBoundAllowed, Double.MAX_VALUE);
    }

    ThresholdKey(String unit, double defaultValue, double lowerBound, boolean lowerBoundAllowed, double upperBound) {
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.lowerBound = lowerBound;
        this.lowerBoundAllowed = lowerBoundAllowed;
        this.upperBound = upperBound;
    }

    /** The name used in configuration and the API, e.g. {@code backflow_volume_litres}. */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    public double defaultValue() {
        return defaultValue;
    }

    /** Looks a key up by its field name (or enum name), ignoring case. */
    public static Optional<ThresholdKey> byFieldName(String name) {
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /**
     * @throws IllegalArgumentException naming the field, the value and the allowed range
     */
    public double validate(double value) {
        boolean aboveLower = lowerBoundAllowed ? value >= lowerBound : value > lowerBound;
        if (!Double.isFinite(value) || !aboveLower || value > upperBound) {
            String range = (lowerBoundAllowed ? ">= " : "> ")
                    + lowerBound
                    + (upperBound < Double.MAX_VALUE ? " and <= " + upperBound : "");
            throw new IllegalArgumentException(fieldName() + " must be " + range + " (" + unit + "), got " + value);
        }
        return value;
    }
}
