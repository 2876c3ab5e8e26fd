package org.headwater.app.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.Thresholds;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.Cadence;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.ScheduledJob;
import org.headwater.detect.dma.NightFlow;
import org.headwater.detect.dma.NightFlowRule;
import org.headwater.detect.dma.NightFlowSettings;
import org.headwater.detect.dma.NightWindow;
import org.headwater.forecast.ForecastHour;
import org.headwater.forecast.Forecasts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link NightFlowRule} in the server: every metered area's nights that ended since the last
 * evaluation (on the server's clock, plus a grace for the last hour's inflow to arrive) are
 * measured from the stored hourly inflows and the freshest stored forecast of each hour, and the
 * alerts raised or cleared go through {@link AlertPipeline#publish}.
 *
 * <p>Restart-safe without state of its own: the first evaluation restores the active
 * {@code DMA_NIGHT_FLOW} alerts and re-judges the last N+1 nights from the store, enough to rebuild
 * a run of N nights above the limit and to see whether the last night cleared it. Re-raising a
 * stored alert is a no-op (ids are stable: area, type, end of the night window).
 */
public final class NightFlowWatch implements AutoCloseable {

    /** Inflow of an hour arrives when the hour ends; a night is judged one hour after its window. */
    static final Duration DATA_GRACE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(NightFlowWatch.class);

    private final CurrentNetwork network;
    private final HourlyInflows inflows;
    private final Forecasts forecasts;
    private final Alerts alerts;
    private final AlertPipeline pipeline;
    private final Thresholds thresholds;
    private final ZoneId utilityZone;
    private final Clock clock;
    private final NightFlowRule rule = new NightFlowRule();
    private final Map<String, LocalDate> lastJudged = new HashMap<>();
    private boolean restored;
    private volatile @Nullable ScheduledJob polling;

    NightFlowWatch(
            CurrentNetwork network,
            HourlyInflows inflows,
            Forecasts forecasts,
            Alerts alerts,
            AlertPipeline pipeline,
            Thresholds thresholds,
            ZoneId utilityZone,
            Clock clock) {
        this.network = network;
        this.inflows = inflows;
        this.forecasts = forecasts;
        this.alerts = alerts;
        this.pipeline = pipeline;
        this.thresholds = thresholds;
        this.utilityZone = utilityZone;
        this.clock = clock;
    }

    /** Judges every night that ended since the last call and publishes the alert events; returns them. */
    public synchronized List<AlertEvent> evaluateCompletedNights() {
        if (!restored) {
            alerts.active().stream()
                    .filter(a -> a.type() == AlertType.DMA_NIGHT_FLOW)
                    .forEach(rule::restore);
            restored = true;
        }
        Instant complete = clock.instant().minus(DATA_GRACE);
        List<AlertEvent> events = new ArrayList<>();
        InflowAreas.of(network.get()).forEach((area, sensors) -> events.addAll(judge(area, sensors, complete)));
        if (!events.isEmpty()) {
            pipeline.publish(events);
            log.info("Night flow: {} alert events", events.size());
        }
        return events;
    }

    private List<AlertEvent> judge(String area, List<String> sensors, Instant complete) {
        ResolvedThresholds resolved = thresholds.resolve(area, null);
        NightFlowSettings settings = NightFlowSettings.from(resolved, utilityZone);
        NightWindow window = settings.window();
        LocalDate last = window.lastNightEndedBy(complete);
        LocalDate previous = lastJudged.getOrDefault(area, last.minusDays(settings.nights() + 1L));
        List<AlertEvent> events = new ArrayList<>();
        for (LocalDate night = previous.plusDays(1); !night.isAfter(last); night = night.plusDays(1)) {
            NightFlow measured = NightFlow.measure(
                    area,
                    night,
                    window,
                    actuals(sensors, window, night),
                    forecast(area, window, night),
                    settings.excessRatio());
            events.addAll(rule.evaluate(measured, settings, resolved.version()));
        }
        lastJudged.put(area, last);
        return events;
    }

    private Map<Instant, Double> actuals(List<String> sensors, NightWindow window, LocalDate night) {
        HourlySeries series = inflows.of(sensors, window.start(night), window.end(night));
        Map<Instant, Double> byHour = new HashMap<>();
        double[] values = series.values();
        for (int h = 0; h < values.length; h++) {
            if (!Double.isNaN(values[h])) {
                byHour.put(series.start().plus(Duration.ofHours(h)), values[h]);
            }
        }
        return byHour;
    }

    // The freshest forecast of each hour has its origin at or before the hour, so it was made from
    // inflows before that hour: never from the night it judges.
    private Map<Instant, ForecastHour> forecast(String area, NightWindow window, LocalDate night) {
        Map<Instant, ForecastHour> byHour = new HashMap<>();
        forecasts.freshest(area, window.start(night), window.end(night)).forEach(h -> byHour.put(h.hour(), h));
        return byHour;
    }

    /** Polls the server's clock; a night is judged at the first poll after it completed. */
    void start(ClockSchedule schedule, Duration poll) {
        polling = schedule.schedule("dma-night-flow", poll, Cadence.atEveryLook(), this::evaluateCompletedNights);
    }

    @Override
    public void close() {
        ScheduledJob p = polling;
        if (p != null) {
            p.cancel();
        }
    }
}
