package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SameHourOfWeekBaselineTest {

    private static final ForecastWeek WEEK = new ForecastWeek(LocalDate.of(2022, 3, 7), BwdfTestData.ITALY);
    private static final Instant HISTORY_START =
            new ForecastWeek(LocalDate.of(2022, 1, 10), BwdfTestData.ITALY).origin();

    private final SameHourOfWeekBaseline baseline = new SameHourOfWeekBaseline(4);

    @Test
    void aLeakWeekInTheHistoryDoesNotMoveTheBaseline() {
        Instant leakStart = WEEK.origin().minusSeconds(2 * 168 * 3600L);
        HourlySeries clean = SyntheticSeries.hourly(HISTORY_START, WEEK.origin(), SyntheticSeries::dailyShape);
        HourlySeries leaking = SyntheticSeries.hourly(HISTORY_START, WEEK.origin(), hour -> {
            boolean inLeak = !hour.isBefore(leakStart) && hour.isBefore(leakStart.plusSeconds(168 * 3600L));
            return SyntheticSeries.dailyShape(hour) + (inLeak ? 40 : 0);
        });

        assertThat(baseline.forecast(leaking, SyntheticSeries.noWeather(), WEEK))
                .containsExactly(baseline.forecast(clean, SyntheticSeries.noWeather(), WEEK));
    }

    @Test
    void gapsAndAStuckMeterAreSkipped() {
        Instant stuckStart = WEEK.origin().minusSeconds(168 * 3600L);
        HourlySeries history = SyntheticSeries.hourly(HISTORY_START, WEEK.origin(), hour -> {
            if (!hour.isBefore(stuckStart)) {
                return 99; // the last week: a meter stuck on one value
            }
            return hour.getEpochSecond() % (5 * 3600) == 0 ? Double.NaN : SyntheticSeries.dailyShape(hour);
        });

        double[] forecast = baseline.forecast(history, SyntheticSeries.noWeather(), WEEK);

        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            assertThat(forecast[h]).isCloseTo(SyntheticSeries.dailyShape(WEEK.hour(h)), within(1e-9));
        }
    }
}
