package org.headwater.detect.ami;

import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * A meter installed or turned backwards (EPA table 6-1 "employee error"; figure 5-1 "meter was
 * reversed to steal water"): for {@code reversed_meter_days} complete days in a row, at least
 * {@code reversed_meter_share} of the volume through the meter ran backwards and the reverse volume
 * was at least {@code reversed_meter_min_litres_per_day} - the steady mirror image of normal use, as
 * opposed to a short backflow run. Raised with the "employee error" cause hint; clears on a complete
 * day whose volume ran mostly forward.
 */
public final class ReversedMeterDetector {

    static final String NAME = "reversed-meter";

    /** Complete reversed days in a row. */
    public static final class State {
        int reversedDays;
    }

    public void onDay(State s, MeterContext ctx, UseDay day) {
        double share = ctx.thresholds().get(ThresholdKey.REVERSED_METER_SHARE);
        double through = day.forwardLitres() + day.reverseLitres();
        boolean reversed = through > 0
                && day.reverseLitres() >= ctx.thresholds().get(ThresholdKey.REVERSED_METER_MIN_LITRES_PER_DAY)
                && day.reverseLitres() >= share * through;
        if (!reversed) {
            s.reversedDays = 0;
            if (day.forwardLitres() > day.reverseLitres()) {
                ctx.clear(AlertType.REVERSED_METER, day.endMillis(), NAME, "a day of mostly forward flow");
            }
            return;
        }
        s.reversedDays++;
        if (s.reversedDays >= ctx.thresholds().get(ThresholdKey.REVERSED_METER_DAYS)
                && !ctx.isOpen(AlertType.REVERSED_METER)) {
            String summary = String.format(
                    Locale.ROOT,
                    "%d days in a row with mostly reverse flow; on %s %.0f L reverse, %.0f L forward",
                    s.reversedDays,
                    day.date(),
                    day.reverseLitres(),
                    day.forwardLitres());
            ctx.raise(
                    AlertType.REVERSED_METER,
                    Severity.MEDIUM,
                    day.endMillis(),
                    Evidence.summary(summary),
                    CauseHint.EMPLOYEE_ERROR,
                    NAME);
        }
    }

    /** A replaced meter starts a new history. */
    public void onReplacement(State s) {
        s.reversedDays = 0;
    }
}
