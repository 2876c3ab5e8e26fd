package org.headwater.analytics.demand;

import java.time.Instant;
import java.time.LocalDate;
import org.headwater.calendar.UtilityCalendar;

/**
 * Removes hours that would poison a baseline: a meter stuck on one value, and spikes or leaks far
 * from the same hour of week in the surrounding weeks (median ± a multiple of the MAD). Removed
 * hours become gaps ({@code NaN}); public holidays and bridge days are kept, they are real demand.
 */
public final class HistoryCleaner {

    private static final int STUCK_RUN_HOURS = 6;
    private static final int NEIGHBOUR_WEEKS = 4;
    private static final double MAX_ROBUST_SIGMAS = 5.0;
    // A floor on the spread, as a share of the level, so that very regular hours do not flag noise.
    private static final double MIN_RELATIVE_SPREAD = 0.10;

    private HistoryCleaner() {}

    public static HourlySeries clean(HourlySeries raw, UtilityCalendar calendar) {
        double[] values = raw.values();
        double[] cleaned = values.clone();
        blankStuckRuns(values, cleaned);
        blankOutliers(raw.start(), values, cleaned, calendar);
        return new HourlySeries(raw.start(), cleaned);
    }

    private static void blankStuckRuns(double[] values, double[] cleaned) {
        int runStart = 0;
        for (int i = 1; i <= values.length; i++) {
            if (i == values.length || Double.isNaN(values[i]) || values[i] != values[runStart]) {
                if (i - runStart >= STUCK_RUN_HOURS && !Double.isNaN(values[runStart])) {
                    for (int j = runStart; j < i; j++) {
                        cleaned[j] = Double.NaN;
                    }
                }
                runStart = i;
            }
        }
    }

    private static void blankOutliers(Instant start, double[] values, double[] cleaned, UtilityCalendar calendar) {
        double[] neighbours = new double[2 * NEIGHBOUR_WEEKS];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            for (int k = 1; k <= NEIGHBOUR_WEEKS; k++) {
                // Whole weeks of 168 h: off by one hour around a DST change, which a median shrugs off.
                neighbours[2 * k - 2] = valueAt(values, i - k * ForecastWeek.HOURS);
                neighbours[2 * k - 1] = valueAt(values, i + k * ForecastWeek.HOURS);
            }
            double median = RobustStatistics.median(neighbours);
            if (Double.isNaN(median)) {
                continue;
            }
            double spread = Math.max(
                    RobustStatistics.MAD_TO_SIGMA * RobustStatistics.medianAbsoluteDeviation(neighbours, median),
                    MIN_RELATIVE_SPREAD * Math.abs(median) + 0.05);
            if (Math.abs(values[i] - median) > MAX_ROBUST_SIGMAS * spread && !isSpecialDay(start, i, calendar)) {
                cleaned[i] = Double.NaN;
            }
        }
    }

    private static boolean isSpecialDay(Instant start, int index, UtilityCalendar calendar) {
        LocalDate date = calendar.localDate(start.plusSeconds(3600L * index));
        return calendar.isHoliday(date) || calendar.isBridgeDay(date);
    }

    private static double valueAt(double[] values, int index) {
        return index >= 0 && index < values.length ? values[index] : Double.NaN;
    }
}
