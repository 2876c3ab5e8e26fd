package org.headwater.detect.ami;

import java.time.Instant;
import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.ThresholdKey;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * Pressure events from AMI or SCADA pressure sensors (EPA pressure call-out box: "an alert is
 * generated when a sensor detects a pressure drop or spike outside the normal operating range";
 * most states require 20 psi): PRESSURE_NEGATIVE below 0 kPa; PRESSURE_LOW below
 * {@code pressure_min_kpa} (20 psi); PRESSURE_SPIKE above {@code pressure_max_kpa} or
 * {@code pressure_spike_kpa} above the sensor's baseline; PRESSURE_DROP at least
 * {@code pressure_drop_kpa} below the baseline for {@code pressure_drop_minutes} (sustained).
 * The baseline is an exponentially weighted mean of readings without any pressure event, so it does
 * not follow a drop; it needs {@link #WARM_UP} readings before spikes and drops are judged. Each
 * condition clears at the first reading outside it.
 */
public final class PressureDetector {

    static final String NAME = "pressure";
    static final int WARM_UP = 12;
    static final double WEIGHT = 0.05;

    /** Baseline and the start of a drop. */
    public static final class State {
        double baselineKpa;
        int samples;
        long dropSinceMillis = -1;
    }

    public void onPressure(State s, MeterContext ctx, long timeMillis, double kpa) {
        var t = ctx.thresholds();
        boolean warm = s.samples >= WARM_UP;
        boolean negative = kpa < 0;
        boolean low = kpa < t.get(ThresholdKey.PRESSURE_MIN_KPA);
        boolean spike = kpa > t.get(ThresholdKey.PRESSURE_MAX_KPA)
                || (warm && kpa - s.baselineKpa >= t.get(ThresholdKey.PRESSURE_SPIKE_KPA));
        boolean dropped = warm && s.baselineKpa - kpa >= t.get(ThresholdKey.PRESSURE_DROP_KPA);
        judge(ctx, AlertType.PRESSURE_NEGATIVE, negative, timeMillis, kpa, s, "below 0 kPa");
        judge(ctx, AlertType.PRESSURE_LOW, low, timeMillis, kpa, s, "below the minimum pressure");
        judge(ctx, AlertType.PRESSURE_SPIKE, spike, timeMillis, kpa, s, "spike above the operating range");
        if (dropped) {
            if (s.dropSinceMillis < 0) {
                s.dropSinceMillis = timeMillis;
            }
            long sustained = Math.round(t.get(ThresholdKey.PRESSURE_DROP_MINUTES) * 60_000);
            judge(
                    ctx,
                    AlertType.PRESSURE_DROP,
                    timeMillis - s.dropSinceMillis >= sustained,
                    timeMillis,
                    kpa,
                    s,
                    "sustained drop below the baseline");
        } else {
            s.dropSinceMillis = -1;
            ctx.clear(AlertType.PRESSURE_DROP, timeMillis, NAME, "pressure back near its baseline");
        }
        if (!negative && !low && !spike && !dropped) {
            s.baselineKpa = s.samples == 0 ? kpa : s.baselineKpa + WEIGHT * (kpa - s.baselineKpa);
            s.samples++;
        }
    }

    private static void judge(
            MeterContext ctx, AlertType type, boolean present, long timeMillis, double kpa, State s, String what) {
        if (!present) {
            ctx.clear(type, timeMillis, NAME, "pressure no longer " + what);
            return;
        }
        if (ctx.isOpen(type)) {
            return;
        }
        String summary = String.format(
                Locale.ROOT,
                "%.1f kPa (%.1f psi): %s; baseline %.1f kPa",
                kpa,
                kpa / 6.894757293168,
                what,
                s.baselineKpa);
        Reading reading =
                new Reading(ctx.profile().sourceId(), Measurand.PRESSURE, Instant.ofEpochMilli(timeMillis), kpa);
        ctx.raise(type, type.defaultSeverity(), timeMillis, Evidence.of(reading, summary), null, NAME);
    }
}
