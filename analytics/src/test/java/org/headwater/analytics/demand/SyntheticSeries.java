package org.headwater.analytics.demand;

import java.time.Instant;
import java.util.function.ToDoubleFunction;

/** Hourly series made from a rule, for properties that real data cannot show cleanly. */
final class SyntheticSeries {

    private SyntheticSeries() {}

    /** Every hour from {@code start} up to, not including, {@code end}, valued by {@code rule}. */
    static HourlySeries hourly(Instant start, Instant end, ToDoubleFunction<Instant> rule) {
        int hours = (int) ((end.getEpochSecond() - start.getEpochSecond()) / 3600);
        double[] values = new double[hours];
        for (int i = 0; i < hours; i++) {
            values[i] = rule.applyAsDouble(start.plusSeconds(3600L * i));
        }
        return new HourlySeries(start, values);
    }

    /** Weather with no observations, for forecasters that do not use it. */
    static Weather noWeather() {
        return Weather.unavailable();
    }

    /** A daily demand shape in local time: low at night, peaks in the morning and evening. */
    static double dailyShape(Instant hour) {
        int local = BwdfTestData.ITALY.local(hour).getHour();
        return 10 + local + (local >= 7 && local <= 9 ? 5 : 0) + (local >= 19 && local <= 21 ? 3 : 0);
    }

    /** Deterministic noise of ±2 % so that spreads are not zero. */
    static double jitter(Instant hour) {
        return 1 + 0.02 * Math.sin(hour.getEpochSecond() / 3600.0 * 1.7);
    }
}
