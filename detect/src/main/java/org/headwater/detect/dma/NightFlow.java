package org.headwater.detect.dma;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.headwater.forecast.ForecastHour;
import org.jspecify.annotations.Nullable;

/**
 * One night of one area: the measured minimum night flow (mean inflow over the night window) beside
 * the forecast for the same hours and the limit it is judged against. {@code NaN} where the data
 * are missing: such a night is no evidence either way.
 *
 * @param areaId the DMA or pressure zone
 * @param night the local date the window lies on
 * @param windowEnd when the window ended (the event time of anything the night decides)
 * @param actualLitresPerSecond mean measured inflow over the window's hours, L/s
 * @param forecastLitresPerSecond mean forecast over the same hours, L/s
 * @param limitLitresPerSecond mean upper interval bound, or forecast x (1 + excess ratio), L/s
 * @param limitIsIntervalBound whether the limit is the forecast's upper interval bound
 */
public record NightFlow(
        String areaId,
        LocalDate night,
        Instant windowEnd,
        double actualLitresPerSecond,
        double forecastLitresPerSecond,
        double limitLitresPerSecond,
        boolean limitIsIntervalBound) {

    public NightFlow {
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(windowEnd, "windowEnd");
    }

    /**
     * Measures {@code night}: an hour without an actual (absent or {@code NaN}) makes the actual
     * {@code NaN}, an hour without a forecast makes forecast and limit {@code NaN}. The upper bound
     * is used only when every hour of the window has one.
     */
    public static NightFlow measure(
            String areaId,
            LocalDate night,
            NightWindow window,
            Map<Instant, Double> actualByHour,
            Map<Instant, ForecastHour> forecastByHour,
            double excessRatio) {
        List<Instant> hours = window.hours(night);
        double actual = 0;
        double forecast = 0;
        double upper = 0;
        boolean bounded = true;
        for (Instant hour : hours) {
            @Nullable Double measured = actualByHour.get(hour);
            @Nullable ForecastHour expected = forecastByHour.get(hour);
            actual += measured == null ? Double.NaN : measured;
            forecast += expected == null ? Double.NaN : expected.litresPerSecond();
            bounded &= expected != null && expected.hasInterval();
            upper += expected == null ? Double.NaN : expected.upperLitresPerSecond();
        }
        int n = hours.size();
        double limit = bounded ? upper / n : forecast / n * (1 + excessRatio);
        return new NightFlow(areaId, night, window.end(night), actual / n, forecast / n, limit, bounded);
    }

    /** Both the actual and the limit are known. */
    public boolean hasEvidence() {
        return !Double.isNaN(actualLitresPerSecond) && !Double.isNaN(limitLitresPerSecond);
    }

    /** The night's flow was above its limit. */
    public boolean exceedsLimit() {
        return hasEvidence() && actualLitresPerSecond > limitLitresPerSecond;
    }

    /** The night's numbers in words, e.g. {@code 2026-03-16: 6.02 L/s against a limit of 4.43 L/s (upper bound; forecast 4.01 L/s)}. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%s: %.2f L/s against a limit of %.2f L/s (%s; forecast %.2f L/s)",
                night,
                actualLitresPerSecond,
                limitLitresPerSecond,
                limitIsIntervalBound ? "upper bound" : "forecast + excess ratio",
                forecastLitresPerSecond);
    }
}
