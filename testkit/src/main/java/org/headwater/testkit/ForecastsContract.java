package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.headwater.forecast.DmaForecast;
import org.headwater.forecast.ForecastHour;
import org.headwater.forecast.Forecasts;
import org.junit.jupiter.api.Test;

/** What every {@link Forecasts} implementation must do. */
public abstract class ForecastsContract {

    private static final Instant DAY_1 = Instant.parse("2024-05-01T22:00:00Z");
    private static final Instant DAY_2 = DAY_1.plusSeconds(24 * 3600L);

    protected abstract Forecasts forecasts();

    // A fresh area per test: a store shared by several tests must not see the others' forecasts.
    private final String area = "DMA-" + UUID.randomUUID();

    private DmaForecast forecast(Instant origin, int hours, double value, String model) {
        List<ForecastHour> list = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            // The first hour has no interval, as when backtests found too few errors.
            double lower = h == 0 ? Double.NaN : value - 1;
            double upper = h == 0 ? Double.NaN : value + 1;
            list.add(new ForecastHour(origin.plusSeconds(3600L * h), value, lower, upper));
        }
        return new DmaForecast(area, origin, origin.plusSeconds(60), model, 0.9, list);
    }

    @Test
    void theLatestForecastComesBackWithItsIntervalsAndModel() {
        forecasts().save(forecast(DAY_1, 168, 10, "baseline"));
        forecasts().save(forecast(DAY_2, 168, 12, "lightgbm"));

        DmaForecast latest = forecasts().latest(area).orElseThrow();

        assertThat(latest.origin()).isEqualTo(DAY_2);
        assertThat(latest.model()).isEqualTo("lightgbm");
        assertThat(latest.intervalLevel()).isEqualTo(0.9);
        assertThat(latest.hours()).hasSize(168);
        assertThat(latest.hours().get(0).hasInterval()).isFalse();
        assertThat(latest.hours().get(1).lowerLitresPerSecond()).isEqualTo(11);
        assertThat(latest.hours().get(1).upperLitresPerSecond()).isEqualTo(13);
    }

    @Test
    void savingTheSameOriginAgainReplacesIt() {
        forecasts().save(forecast(DAY_1, 168, 10, "baseline"));
        forecasts().save(forecast(DAY_1, 24, 11, "baseline"));

        DmaForecast latest = forecasts().latest(area).orElseThrow();

        assertThat(latest.hours()).hasSize(24).allMatch(h -> h.litresPerSecond() == 11);
    }

    @Test
    void eachHourComesFromTheFreshestForecastIssuedByThen() {
        forecasts().save(forecast(DAY_1, 168, 10, "baseline"));
        forecasts().save(forecast(DAY_2, 168, 12, "baseline"));

        List<ForecastHour> hours = forecasts().freshest(area, DAY_1, DAY_2.plusSeconds(3 * 3600L));

        assertThat(hours).hasSize(27);
        assertThat(hours.get(23).litresPerSecond()).isEqualTo(10);
        assertThat(hours.get(24).litresPerSecond()).isEqualTo(12);
    }

    @Test
    void anAreaWithoutForecastsHasNone() {
        assertThat(forecasts().latest(area)).isEmpty();
        assertThat(forecasts().freshest(area, DAY_1, DAY_2)).isEmpty();
    }
}
