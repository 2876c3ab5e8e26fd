package org.headwater.detect.ami;

import java.time.Instant;
import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * Inferred tampering, "a sudden stop in flow data corresponding with meter removal" (EPA section 5.2
 * "Tampering Alerts"): a meter that carried flow in every interval for {@code sudden_stop_active_hours}
 * drops to exactly no flow and stays there for {@code sudden_stop_zero_hours}. A meter replacement
 * within its grace period explains the stop and raises nothing. Clears when flow resumes.
 */
public final class SuddenStopDetector {

    static final String NAME = "sudden-stop";

    /** The uninterrupted flowing run before, and the zero run after, the stop. */
    public static final class State {
        long flowingSinceMillis = -1;
        long zeroSinceMillis = -1;
        double flowingHoursBeforeStop;
    }

    public void onVolume(State s, MeterContext ctx, long timeMillis, long intervalMillis, boolean gap, double litres) {
        double noise = ctx.thresholds().get(ThresholdKey.BACKFLOW_NOISE_LITRES);
        if (gap) {
            s.flowingSinceMillis = -1;
            s.zeroSinceMillis = -1;
        }
        if (litres > noise) {
            if (s.flowingSinceMillis < 0) {
                s.flowingSinceMillis = timeMillis - intervalMillis;
            }
            s.zeroSinceMillis = -1;
            ctx.clear(AlertType.TAMPER, timeMillis, NAME, "flow resumed");
            return;
        }
        if (litres < -noise) {
            s.flowingSinceMillis = -1;
            s.zeroSinceMillis = -1;
            return;
        }
        if (s.zeroSinceMillis < 0) {
            s.zeroSinceMillis = timeMillis - intervalMillis;
            s.flowingHoursBeforeStop =
                    s.flowingSinceMillis < 0 ? 0 : Millis.hours(s.zeroSinceMillis - s.flowingSinceMillis);
            s.flowingSinceMillis = -1;
        }
        boolean wasActive = s.flowingHoursBeforeStop >= ctx.thresholds().get(ThresholdKey.SUDDEN_STOP_ACTIVE_HOURS);
        double zeroHours = Millis.hours(timeMillis - s.zeroSinceMillis);
        if (wasActive
                && zeroHours >= ctx.thresholds().get(ThresholdKey.SUDDEN_STOP_ZERO_HOURS)
                && !ctx.isOpen(AlertType.TAMPER)
                && !ctx.withinReplacementGrace(timeMillis)) {
            String summary = String.format(
                    Locale.ROOT,
                    "flow in every interval for %.0f h, then none since %s (%.0f h)",
                    s.flowingHoursBeforeStop,
                    Instant.ofEpochMilli(s.zeroSinceMillis),
                    zeroHours);
            ctx.raise(AlertType.TAMPER, Severity.MEDIUM, timeMillis, Evidence.summary(summary), null, NAME);
        }
    }

    /** A replaced meter starts a new history. */
    public void onReplacement(State s) {
        s.flowingSinceMillis = -1;
        s.zeroSinceMillis = -1;
        s.flowingHoursBeforeStop = 0;
    }
}
