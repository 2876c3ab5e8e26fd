package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A week's forecast may use inflows before its Monday only (issue 7: no look-ahead). */
class NoLookAheadTest {

    private static final ForecastWeek WEEK = new ForecastWeek(LocalDate.of(2022, 3, 14), BwdfTestData.ITALY);

    @Test
    void changingTheTruthInsideTheWeekDoesNotChangeItsForecast() {
        HourlyTable inflows = BwdfTestData.winterSpringInflows();
        HourlyTable tamperedTruth = scaledFrom(inflows, WEEK, 3.0);
        Weather weather = BwdfTestData.weather();
        WeeklyBacktest backtest = new WeeklyBacktest(new BoostedDemandForecaster(8, 30, 1, true));

        List<DmaWeekForecast> honest = backtest.run(inflows, weather, List.of(WEEK));
        List<DmaWeekForecast> tampered = backtest.run(tamperedTruth, weather, List.of(WEEK));

        for (int i = 0; i < honest.size(); i++) {
            assertThat(tampered.get(i).forecast()).containsExactly(honest.get(i).forecast());
            assertThat(tampered.get(i).score()).isNotEqualTo(honest.get(i).score());
        }
    }

    @Test
    void aModelPerDmaCannotSeeTheWeekEither() {
        HourlySeries dma5 = BwdfTestData.winterSpringInflows().column("DMA 5");
        HourlySeries tripled =
                scaledFrom(new HourlyTable(Map.of("DMA 5", dma5)), WEEK, 3.0).column("DMA 5");
        BoostedDemandForecaster perDma = new BoostedDemandForecaster(8, 30, 1, false);

        // The backtest cuts the series at the Monday; the forecaster itself must also ignore anything later.
        double[] honest = perDma.forecast(dma5, BwdfTestData.weather(), WEEK);
        double[] tampered = perDma.forecast(tripled, BwdfTestData.weather(), WEEK);

        assertThat(tampered).containsExactly(honest);
    }

    @Test
    void aLaterFileThatSuppliesTheTruthDoesNotChangeTheForecastEither() {
        HourlyTable inflows = BwdfTestData.winterSpringInflows();
        HourlyTable withLaterFile = HourlyTable.concatenate(List.of(inflows, scaledFrom(inflows, WEEK, 0.5)));
        WeeklyBacktest backtest = new WeeklyBacktest(new SameHourOfWeekBaseline(4));

        var before = backtest.run(inflows, BwdfTestData.weather(), List.of(WEEK));
        var after = backtest.run(withLaterFile, BwdfTestData.weather(), List.of(WEEK));

        assertThat(after.getFirst().forecast())
                .containsExactly(before.getFirst().forecast());
        assertThat(after.getFirst().truth()).isNotEqualTo(before.getFirst().truth());
    }

    /** A copy in which every value from the week's Monday on is multiplied by {@code factor}. */
    private static HourlyTable scaledFrom(HourlyTable inflows, ForecastWeek week, double factor) {
        Map<String, HourlySeries> columns = new LinkedHashMap<>();
        for (String dma : inflows.names()) {
            HourlySeries series = inflows.column(dma);
            double[] values = series.values();
            for (long i = Math.max(0, series.indexOf(week.origin())); i < values.length; i++) {
                values[(int) i] *= factor;
            }
            columns.put(dma, new HourlySeries(series.start(), values));
        }
        return new HourlyTable(columns);
    }
}
