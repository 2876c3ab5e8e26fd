package org.headwater.analytics.demand;

import java.time.Instant;
import java.util.Arrays;
import org.headwater.calendar.UtilityCalendar;

/**
 * The transparent baseline: each hour of the week is the mean of the same local hour of week in the
 * most recent weeks. The robust variant first removes anomalies ({@link HistoryCleaner}), so a leak
 * or a stuck meter in one of those weeks cannot move it; backtests preferred that to a median of
 * four values, which is noisier.
 */
public final class SameHourOfWeekBaseline implements DemandForecaster {

    private final int weeks;
    private final boolean robust;

    /** The robust baseline: anomalies removed, then the mean of the last {@code weeks} weeks. */
    public SameHourOfWeekBaseline(int weeks) {
        this(weeks, true);
    }

    private SameHourOfWeekBaseline(int weeks, boolean robust) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks: must be at least 1, was " + weeks);
        }
        this.weeks = weeks;
        this.robust = robust;
    }

    /** The textbook baseline the BWDF organisers quote: the plain mean of the last weeks, no cleaning. */
    public static DemandForecaster plainMean(int weeks) {
        return new SameHourOfWeekBaseline(weeks, false);
    }

    @Override
    public String name() {
        return (robust ? "baseline-robust-mean-" : "baseline-mean-") + weeks + "w";
    }

    @Override
    public double[] forecast(HourlySeries history, Weather weather, ForecastWeek week) {
        // Cut again at the Monday: cleaning compares with later weeks, which must not include the week itself.
        HourlySeries past = history.before(week.origin());
        HourlySeries cleaned = robust ? HistoryCleaner.clean(past, week.calendar()) : past;
        double fallback = RobustStatistics.median(cleaned.window(week.origin().minusSeconds(3600L * 24 * 28), 24 * 28));
        double[] forecast = new double[ForecastWeek.HOURS];
        for (int h = 0; h < forecast.length; h++) {
            double[] recent = sameHourOfWeek(cleaned, week.calendar(), week.origin(), week.hour(h), weeks);
            double value = RobustStatistics.mean(recent);
            forecast[h] = Double.isNaN(value) ? fallback : value;
        }
        return forecast;
    }

    /**
     * Mean of the same local hour of week before {@code origin}, over the {@code weeks} most recent
     * weeks that have a value (looking back at most twice as far past gaps).
     */
    static double recentMean(HourlySeries history, UtilityCalendar calendar, Instant origin, Instant hour, int weeks) {
        return RobustStatistics.mean(sameHourOfWeek(history, calendar, origin, hour, weeks));
    }

    /** The values behind {@link #recentMean}: up to {@code weeks} present values, most recent first. */
    private static double[] sameHourOfWeek(
            HourlySeries history, UtilityCalendar calendar, Instant origin, Instant hour, int weeks) {
        double[] found = new double[weeks];
        int count = 0;
        for (int k = 1; k <= 2 * weeks && count < weeks; k++) {
            Instant earlier = calendar.sameLocalHourWeeksBefore(hour, k);
            double value = earlier.isBefore(origin) ? history.at(earlier) : Double.NaN;
            if (!Double.isNaN(value)) {
                found[count++] = value;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
