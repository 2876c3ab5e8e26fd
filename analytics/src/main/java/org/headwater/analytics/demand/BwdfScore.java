package org.headwater.analytics.demand;

/**
 * The BWDF performance indicators for one DMA and week (L/s): PI1 mean absolute error of the first
 * 24 h, PI2 maximum absolute error of the first 24 h, PI3 mean absolute error of hours 25–168.
 * Hours without truth are skipped; a part with no truth at all scores {@code NaN}.
 */
public record BwdfScore(double pi1, double pi2, double pi3) {

    private static final int FIRST_DAY = 24;

    public static BwdfScore of(double[] forecast, double[] truth) {
        if (forecast.length != ForecastWeek.HOURS || truth.length != ForecastWeek.HOURS) {
            throw new IllegalArgumentException("forecast and truth must have " + ForecastWeek.HOURS + " hours, had "
                    + forecast.length + " and " + truth.length);
        }
        double firstDaySum = 0;
        double firstDayMax = 0;
        int firstDayCount = 0;
        double restSum = 0;
        int restCount = 0;
        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            if (Double.isNaN(truth[h])) {
                continue;
            }
            double error = Math.abs(forecast[h] - truth[h]);
            if (h < FIRST_DAY) {
                firstDaySum += error;
                firstDayMax = Math.max(firstDayMax, error);
                firstDayCount++;
            } else {
                restSum += error;
                restCount++;
            }
        }
        return new BwdfScore(
                firstDayCount == 0 ? Double.NaN : firstDaySum / firstDayCount,
                firstDayCount == 0 ? Double.NaN : firstDayMax,
                restCount == 0 ? Double.NaN : restSum / restCount);
    }

    public double sum() {
        return pi1 + pi2 + pi3;
    }

    public boolean isScored() {
        return !Double.isNaN(sum());
    }
}
