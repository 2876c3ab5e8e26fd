package org.headwater.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.forecast.HourlyInflows;
import org.headwater.app.forecast.InflowAreas;
import org.headwater.forecast.DmaForecast;
import org.headwater.forecast.ForecastHour;
import org.headwater.forecast.Forecasts;
import org.headwater.network.NetworkElement;
import org.headwater.text.Plural;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A DMA's (or pressure zone's) hourly inflow forecast with prediction intervals. Without {@code from}
 * and {@code to}: the latest forecast. With them: for the dashboard, the forecast as it stood for
 * each hour (the freshest issued by then) beside the measured hourly inflow.
 */
@RestController
@RequestMapping("/api/v1/forecasts/dma")
class ForecastController {

    static final Duration LONGEST_RANGE = Duration.ofDays(62);
    static final int RECENT_DAYS = 7;
    static final String INTERVAL_METHOD = "empirical quantiles of the model's errors at the previous daily"
            + " origins, per horizon day (hours 0-23, 24-47, ...)";

    private final CurrentNetwork network;
    private final Forecasts forecasts;
    private final HourlyInflows inflows;
    private final Clock clock;

    ForecastController(CurrentNetwork network, Forecasts forecasts, HourlyInflows inflows, Clock clock) {
        this.network = network;
        this.clock = clock;
        this.forecasts = forecasts;
        this.inflows = inflows;
    }

    /** {@code lower}/{@code upper} are null when too little history existed to estimate an interval. */
    record Hour(
            Instant hour,
            double litresPerSecond,
            @Nullable Double lower,
            @Nullable Double upper) {
        static Hour of(ForecastHour h) {
            return new Hour(
                    h.hour(),
                    flow(h.litresPerSecond()),
                    h.hasInterval() ? flow(h.lowerLitresPerSecond()) : null,
                    h.hasInterval() ? flow(h.upperLitresPerSecond()) : null);
        }
    }

    record Actual(Instant hour, double litresPerSecond) {}

    record Latest(
            String areaId,
            String model,
            Instant origin,
            Instant issuedAt,
            double intervalLevel,
            String intervalMethod,
            String unit,
            List<Hour> hours) {}

    record ForecastAndActual(
            String areaId, Instant from, Instant to, String unit, List<Hour> forecast, List<Actual> actual) {}

    @GetMapping(
            value = "/{id}",
            params = {"!from", "!to"})
    Latest latest(@PathVariable String id) {
        List<String> sensors = requireMeteredArea(id);
        DmaForecast latest =
                forecasts.latest(id).orElseThrow(() -> new NoSuchElementException(noForecastYet(id, sensors)));
        return new Latest(
                id,
                latest.model(),
                latest.origin(),
                latest.issuedAt(),
                latest.intervalLevel(),
                INTERVAL_METHOD,
                "L/s",
                latest.hours().stream().map(Hour::of).toList());
    }

    @GetMapping(
            value = "/{id}",
            params = {"from", "to"})
    ForecastAndActual between(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to) {
        List<String> sensors = requireMeteredArea(id);
        Instant start = floorToHour(from);
        Instant end = floorToHour(to);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
            throw new IllegalArgumentException("from, to: need from < to and at most " + LONGEST_RANGE.toDays()
                    + " days apart, were " + from + " and " + to);
        }
        List<Hour> forecast =
                forecasts.freshest(id, start, end).stream().map(Hour::of).toList();
        HourlySeries measured = inflows.of(sensors, start, end);
        List<Actual> actual = new ArrayList<>();
        double[] values = measured.values();
        for (int h = 0; h < values.length; h++) {
            if (!Double.isNaN(values[h])) {
                actual.add(new Actual(start.plusSeconds(3600L * h), flow(values[h])));
            }
        }
        return new ForecastAndActual(id, start, end, "L/s", forecast, actual);
    }

    private List<String> requireMeteredArea(String id) {
        NetworkElement element = network.get()
                .element(id)
                .filter(InflowAreas::isArea)
                .orElseThrow(() -> new NoSuchElementException("no DMA or pressure zone with id " + id));
        List<String> sensors = InflowAreas.of(network.get()).get(element.id());
        if (sensors == null) {
            throw new NoSuchElementException(id + " has no inflow meter (no FLOW sensor MEASURES it): its inflow is"
                    + " not measured, so it has no forecast");
        }
        return sensors;
    }

    /** Why a metered area has no forecast: how much inflow its sensors stored in the last days. */
    private String noForecastYet(String id, List<String> sensors) {
        Instant to = floorToHour(clock.instant());
        Instant from = to.minus(Duration.ofDays(RECENT_DAYS));
        long hours = Arrays.stream(inflows.of(sensors, from, to).values())
                .filter(v -> !Double.isNaN(v))
                .count();
        String stored = hours == 0
                ? "its inflow meter " + String.join(", ", sensors) + " has stored no inflow in the last " + RECENT_DAYS
                        + " days"
                : "its inflow meter " + String.join(", ", sensors) + " has stored " + Plural.of(hours, "hour")
                        + " of inflow in the last " + RECENT_DAYS + " days";
        return "no forecast yet for " + id + ": " + stored
                + "; the daily job forecasts an area once a day of its inflow is stored before that day";
    }

    private static double flow(double litresPerSecond) {
        return Resolution.round(litresPerSecond, Resolution.FLOW_DECIMALS);
    }

    private static Instant floorToHour(Instant time) {
        return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), 3600) * 3600);
    }
}
