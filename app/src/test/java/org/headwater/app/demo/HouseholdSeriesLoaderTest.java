package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdSeriesLoaderTest {

    private static final long T0 = 1_457_000_000L / 3600 * 3600;

    /** Two weeks of hourly reads, 5 L in every hour of the day 02:00 and nothing otherwise, with a gap. */
    private static List<double[]> readsWithAGap(int gapStartHour, int gapHours) {
        List<double[]> rows = new ArrayList<>();
        double register = 1000;
        for (int h = 0; h < 24 * 14; h++) {
            register += (h % 24 == 2) ? 5 : 0;
            if (h < gapStartHour || h >= gapStartHour + gapHours) {
                rows.add(new double[] {T0 + h * 3600L + 1183, register});
            }
        }
        return rows;
    }

    @Test
    void hourlyUseFollowsTheRegisterDifferences() {
        HouseholdSeries series = HouseholdSeriesLoader.onHourlyGrid("home", readsWithAGap(10_000, 0));

        long start = series.startSecond();
        // The use read in the hour starting at 02:00 happened in the hour ending then.
        assertThat(series.usedUntil(start + 2 * 3600) - series.usedUntil(start + 3600))
                .isCloseTo(5.0, within(1e-9));
        assertThat(series.usedUntil(start + 3 * 3600) - series.usedUntil(start + 2 * 3600))
                .isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aGapTakesTheSameHourOfAnotherWeekInsteadOfSpreadingItsUse() {
        HouseholdSeries series = HouseholdSeriesLoader.onHourlyGrid("home", readsWithAGap(24 * 9, 48));
        long start = series.startSecond();

        for (int h = 24 * 9 + 1; h < 24 * 11; h++) {
            double use = series.usedUntil(start + h * 3600L) - series.usedUntil(start + (h - 1) * 3600L);
            assertThat(use).as("hour %d", h).isCloseTo(h % 24 == 2 ? 5.0 : 0.0, within(1e-9));
        }
    }

    @Test
    void aHomeWithLessThanAWeekOfReadsIsNotReplayed() {
        assertThat(HouseholdSeriesLoader.onHourlyGrid("home", readsWithAGap(100, 24 * 14)))
                .isNull();
    }
}
