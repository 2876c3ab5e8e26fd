package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23 item 1: the blend weight of a week is chosen on the weeks before it, never on itself. */
class NestedBlendTest {

    private static final ForecastWeek FIRST = new ForecastWeek(LocalDate.of(2022, 1, 3), BwdfTestData.ITALY);

    @Test
    void eachWeeksWeightComesFromTheEarlierWeeksOnly() {
        // Weeks 0-2: the model is right (truth 10, model 10, baseline 12). Week 3: the baseline is right.
        List<DmaWeekForecast> model = new ArrayList<>();
        List<DmaWeekForecast> baseline = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            double truth = w < 3 ? 10 : 12;
            model.add(result(w, 10, truth));
            baseline.add(result(w, 12, truth));
        }

        NestedBlend.Blended blended = new NestedBlend(2).run(model, baseline);

        assertThat(blended.weights().values()).containsExactly(1.0, 1.0, 1.0, 1.0);
        // Week 3 is scored with the weight the earlier weeks chose, so it keeps the model's error.
        assertThat(blended.results().get(3).score().pi3()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void whereTheTruthLiesBetweenTheyAreMixed() {
        List<DmaWeekForecast> model = new ArrayList<>();
        List<DmaWeekForecast> baseline = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            model.add(result(w, 10, 11));
            baseline.add(result(w, 12, 11));
        }

        NestedBlend.Blended blended = new NestedBlend(1).run(model, baseline);

        assertThat(blended.weights().get(FIRST)).isEqualTo(1.0); // nothing earlier yet: the model alone
        assertThat(blended.weights().get(FIRST.daysBefore(-14))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theSpreadOfWeeklySums() {
        List<DmaWeekForecast> results = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            results.add(result(w, 10 + w, 10)); // week w: PI1 = PI2 = PI3 = w
        }

        WeekSpread spread = WeekSpread.of(results);

        assertThat(spread.sums().values()).containsExactly(0.0, 3.0, 6.0, 9.0);
        assertThat(spread.median()).isEqualTo(4.5);
        assertThat(spread.q1()).isEqualTo(2.25);
        assertThat(spread.iqr()).isEqualTo(4.5);
    }

    private static DmaWeekForecast result(int week, double forecast, double truth) {
        double[] f = new double[ForecastWeek.HOURS];
        double[] t = new double[ForecastWeek.HOURS];
        Arrays.fill(f, forecast);
        Arrays.fill(t, truth);
        return new DmaWeekForecast(FIRST.daysBefore(-7 * week), "DMA 1", f, t, BwdfScore.of(f, t));
    }
}
