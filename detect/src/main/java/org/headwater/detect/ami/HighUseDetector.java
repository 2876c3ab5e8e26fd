package org.headwater.detect.ami;

import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * High use against the customer's own baseline (PRODUCT capability 3): once the meter has
 * {@code baseline_min_days} complete days of history, a complete day whose net use exceeds
 * {@code high_use_factor} times the baseline for that kind of day (weekday or weekend, following the
 * seasons, see {@link UseBaseline}) and the baseline by at least {@code high_use_min_excess_litres}.
 * Clears on the next complete day that is not high.
 */
public final class HighUseDetector {

    static final String NAME = "high-use";

    public void onDay(MeterContext ctx, UseDay day, UseBaseline baseline) {
        if (baseline.days() < ctx.thresholds().get(ThresholdKey.BASELINE_MIN_DAYS)) {
            return;
        }
        double expected = baseline.expected(day);
        double factor = ctx.thresholds().get(ThresholdKey.HIGH_USE_FACTOR);
        double minExcess = ctx.thresholds().get(ThresholdKey.HIGH_USE_MIN_EXCESS_LITRES);
        double used = day.netLitres();
        if (used > factor * expected && used - expected >= minExcess) {
            if (!ctx.isOpen(AlertType.HIGH_USE)) {
                String summary = String.format(
                        Locale.ROOT,
                        "%.0f L on %s against a baseline of %.0f L for a %s (factor %.1f, excess >= %.0f L)",
                        used,
                        day.date(),
                        expected,
                        day.weekend() ? "weekend day" : "weekday",
                        factor,
                        minExcess);
                ctx.raise(AlertType.HIGH_USE, Severity.LOW, day.endMillis(), Evidence.summary(summary), null, NAME);
            }
        } else {
            ctx.clear(AlertType.HIGH_USE, day.endMillis(), NAME, "a day within the baseline");
        }
    }

    /** What a day may teach the baseline: at most the high-use limit, so a leak does not become normal. */
    static double baselineCap(MeterContext ctx, UseDay day, UseBaseline baseline) {
        if (baseline.days() < ctx.thresholds().get(ThresholdKey.BASELINE_MIN_DAYS)) {
            return Double.MAX_VALUE;
        }
        return ctx.thresholds().get(ThresholdKey.HIGH_USE_FACTOR) * baseline.expected(day);
    }
}
