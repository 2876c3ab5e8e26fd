package org.headwater.detect.ami;

import java.time.Instant;
import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * Continuous customer-side leak, Badger BEACON's rule: no interval in {@code leak_duration_hours}
 * (24 h) had a flow rate at or below {@code leak_min_litres_per_hour} (1 US gal/h), i.e. the minimum
 * hourly flow over the last 24 h is above it. CRITICAL when that minimum is at least
 * {@code leak_critical_litres_per_hour} (60 US gal/h), MEDIUM otherwise. A data gap longer than two
 * read intervals restarts the count (24 h of evidence is required, not assumed). Clears at the first
 * interval at or below the minimum rate.
 */
public final class ContinuousLeakDetector {

    static final String NAME = "continuous-leak";

    /** Start of the current run above the leak rate and of the run above the critical rate. */
    public static final class State {
        long runStartMillis = -1;
        long criticalStartMillis = -1;
        double minRate = Double.MAX_VALUE;
    }

    public void onVolume(State s, MeterContext ctx, long timeMillis, long intervalMillis, boolean gap, double litres) {
        if (gap) {
            s.runStartMillis = -1;
            s.criticalStartMillis = -1;
        }
        double rate = litres / Millis.hours(intervalMillis);
        if (rate <= ctx.thresholds().get(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR)) {
            s.runStartMillis = -1;
            s.criticalStartMillis = -1;
            ctx.clear(AlertType.CONTINUOUS_LEAK, timeMillis, NAME, "an interval at or below the leak rate");
            return;
        }
        if (s.runStartMillis < 0) {
            s.runStartMillis = timeMillis - intervalMillis;
            s.minRate = rate;
        }
        s.minRate = Math.min(s.minRate, rate);
        if (rate >= ctx.thresholds().get(ThresholdKey.LEAK_CRITICAL_LITRES_PER_HOUR)) {
            if (s.criticalStartMillis < 0) {
                s.criticalStartMillis = timeMillis - intervalMillis;
            }
        } else {
            s.criticalStartMillis = -1;
        }
        long duration = Millis.ofHours(ctx.thresholds().get(ThresholdKey.LEAK_DURATION_HOURS));
        if (timeMillis - s.runStartMillis >= duration && !ctx.isOpen(AlertType.CONTINUOUS_LEAK)) {
            boolean critical = s.criticalStartMillis >= 0 && timeMillis - s.criticalStartMillis >= duration;
            String summary = String.format(
                    Locale.ROOT,
                    "flow above %.2f L/h in every interval since %s; minimum %.2f L/h%s",
                    ctx.thresholds().get(ThresholdKey.LEAK_MIN_LITRES_PER_HOUR),
                    Instant.ofEpochMilli(s.runStartMillis),
                    s.minRate,
                    critical ? " (critical: >= 60 US gal/h throughout)" : "");
            ctx.raise(
                    AlertType.CONTINUOUS_LEAK,
                    critical ? Severity.CRITICAL : Severity.MEDIUM,
                    timeMillis,
                    Evidence.summary(summary),
                    null,
                    NAME);
        }
    }
}
