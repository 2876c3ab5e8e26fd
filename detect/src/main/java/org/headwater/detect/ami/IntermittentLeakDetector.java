package org.headwater.detect.ami;

import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * Intermittent leak (EPA figure 5-1 lists it; the rule is Neptune E-CODER's: water flowed in at least
 * 50 of the 96 quarter hours of a day, default {@code intermittent_flow_share} = 50/96): on
 * {@code intermittent_days} complete days in a row, the share of intervals with flow reaches the
 * threshold without every interval flowing (that is the continuous leak), and at least
 * {@code intermittent_night_share} of the night intervals (ending 02:00-05:00 local) carried flow.
 * The night condition is ours, tuned on the DAIAD year: with hourly reads busy households have flow in
 * most hours of the day, while a running toilet or dripping tap flows at night too. Clears on a
 * complete day that does not qualify.
 */
public final class IntermittentLeakDetector {

    static final String NAME = "intermittent-leak";

    /** Leak-like days in a row. */
    public static final class State {
        int days;
    }

    public void onDay(State s, MeterContext ctx, UseDay day) {
        double share = day.flowingIntervals() / (double) day.intervals();
        double threshold = ctx.thresholds().get(ThresholdKey.INTERMITTENT_FLOW_SHARE);
        double night = ctx.thresholds().get(ThresholdKey.INTERMITTENT_NIGHT_SHARE);
        if (share < threshold || day.nightFlowingShare() < night) {
            s.days = 0;
            ctx.clear(
                    AlertType.INTERMITTENT_LEAK,
                    day.endMillis(),
                    NAME,
                    "a day with flow in fewer intervals or a dry night");
            return;
        }
        if (day.flowingIntervals() == day.intervals()) {
            return; // every interval flowed: the continuous-leak rule judges this day
        }
        s.days++;
        if (s.days >= ctx.thresholds().get(ThresholdKey.INTERMITTENT_DAYS)
                && !ctx.isOpen(AlertType.INTERMITTENT_LEAK)) {
            String summary = String.format(
                    Locale.ROOT,
                    "flow in %d of %d intervals on %s (share %.2f >= %.2f), %.0f%% of night intervals, %d days in a row",
                    day.flowingIntervals(),
                    day.intervals(),
                    day.date(),
                    share,
                    threshold,
                    100 * day.nightFlowingShare(),
                    s.days);
            ctx.raise(
                    AlertType.INTERMITTENT_LEAK, Severity.LOW, day.endMillis(), Evidence.summary(summary), null, NAME);
        }
    }
}
