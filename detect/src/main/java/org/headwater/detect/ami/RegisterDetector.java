package org.headwater.detect.ami;

import java.time.Instant;
import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * Inferred tampering: the cumulative register went backwards by more than
 * {@code register_tolerance_litres} (EPA section 5.2 "Tampering Alerts": algorithms at the headend
 * detect tampering indirectly). A wrap past the register's rollover value is not backwards, and a
 * meter replacement within its grace period (a new register starts near zero) raises nothing. The
 * alert clears at the first register reading {@code alarm_quiet_hours} after the last backward step.
 */
public final class RegisterDetector {

    static final String NAME = "register-backwards";

    /** The last register value and the last backward step. */
    public static final class State {
        double lastLitres = Double.NaN;
        long lastBackwardMillis = -1;
    }

    public void onRegister(State s, MeterContext ctx, long timeMillis, double litres) {
        double previous = s.lastLitres;
        s.lastLitres = litres;
        if (Double.isNaN(previous)
                || litres >= previous - ctx.thresholds().get(ThresholdKey.REGISTER_TOLERANCE_LITRES)) {
            long quiet = Millis.ofHours(ctx.thresholds().get(ThresholdKey.ALARM_QUIET_HOURS));
            if (s.lastBackwardMillis >= 0 && timeMillis - s.lastBackwardMillis >= quiet) {
                ctx.clear(AlertType.TAMPER, timeMillis, NAME, "register moved forward again");
            }
            return;
        }
        var spec = ctx.profile().spec();
        double rolloverLitres = spec.registerUnit().toCanonical(spec.registerRollover());
        boolean rolledOver = previous > 0.9 * rolloverLitres && litres < 0.1 * rolloverLitres;
        if (rolledOver || ctx.withinReplacementGrace(timeMillis)) {
            return;
        }
        s.lastBackwardMillis = timeMillis;
        if (!ctx.isOpen(AlertType.TAMPER)) {
            String summary =
                    String.format(Locale.ROOT, "register went backwards from %.1f L to %.1f L", previous, litres);
            Reading reading =
                    new Reading(ctx.profile().sourceId(), Measurand.REGISTER, Instant.ofEpochMilli(timeMillis), litres);
            ctx.raise(AlertType.TAMPER, Severity.MEDIUM, timeMillis, Evidence.of(reading, summary), null, NAME);
        }
    }

    /** A replaced meter has a new register. */
    public void onReplacement(State s) {
        s.lastLitres = Double.NaN;
    }
}
