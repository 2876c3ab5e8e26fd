package org.headwater.detect.ami;

import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * Low or no use: stagnation risk in premise plumbing (EPA "AMI Data and Resilience": buildings closed
 * during COVID-19). A meter whose usual daily use was at least
 * {@code low_use_min_baseline_litres_per_day} uses less than {@code low_use_litres_per_day} on
 * {@code low_use_days} complete days in a row. Clears on a complete day above the low-use limit. The
 * EPA's list of accounts with the largest reduction in use is {@link UseReductionRanking}.
 */
public final class LowUseDetector {

    static final String NAME = "low-use";

    /** The low streak and the usual use before it began. */
    public static final class State {
        int lowDays;
        double usualBeforeStreak;
    }

    public void onDay(State s, MeterContext ctx, UseDay day, UseBaseline baseline) {
        double limit = ctx.thresholds().get(ThresholdKey.LOW_USE_LITRES_PER_DAY);
        if (day.netLitres() >= limit) {
            s.lowDays = 0;
            ctx.clear(AlertType.LOW_USE, day.endMillis(), NAME, "a day above the low-use limit");
            return;
        }
        if (s.lowDays == 0) {
            s.usualBeforeStreak =
                    baseline.days() >= ctx.thresholds().get(ThresholdKey.BASELINE_MIN_DAYS) ? baseline.typical() : 0;
        }
        s.lowDays++;
        if (s.lowDays >= ctx.thresholds().get(ThresholdKey.LOW_USE_DAYS)
                && s.usualBeforeStreak >= ctx.thresholds().get(ThresholdKey.LOW_USE_MIN_BASELINE_LITRES_PER_DAY)
                && !ctx.isOpen(AlertType.LOW_USE)) {
            String summary = String.format(
                    Locale.ROOT,
                    "%d days in a row below %.0f L/d up to %s; usual use before was %.0f L/d",
                    s.lowDays,
                    limit,
                    day.date(),
                    s.usualBeforeStreak);
            ctx.raise(AlertType.LOW_USE, Severity.LOW, day.endMillis(), Evidence.summary(summary), null, NAME);
        }
    }
}
