package org.headwater.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.headwater.alert.Alerts;
import org.headwater.alert.DailyAlertCount;
import org.headwater.telemetry.ConsumptionTotals;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of the overview (EPA figure 5-1) that no list endpoint gives: daily alert counts, system
 * consumption. Every dashboard polls them, so each answer is kept for {@link #STALE_AT_MOST} of the
 * server's clock: a figure may lag the store by that much.
 */
@RestController
@RequestMapping("/api/v1/overview")
class OverviewController {

    static final int MAX_DAYS = 92;
    static final Duration STALE_AT_MOST = Duration.ofSeconds(5);

    private record Period(Instant end, int days, VolumeBucket bucket) {}

    private final Alerts alerts;
    private final ConsumptionTotals consumption;
    private final Clock clock;
    private final ShortCache<Period, DailyAlerts> dailyAlerts;
    private final ShortCache<Period, List<VolumeTotal>> volumes;

    OverviewController(Alerts alerts, ConsumptionTotals consumption, Clock clock) {
        this.alerts = alerts;
        this.consumption = consumption;
        this.clock = clock;
        this.dailyAlerts = new ShortCache<>(clock, STALE_AT_MOST);
        this.volumes = new ShortCache<>(clock, STALE_AT_MOST);
    }

    /** Every day of the period (the server's, whose clock the demo runs fast) and the non-zero counts in it. */
    record DailyAlerts(List<LocalDate> days, List<DailyAlertCount> counts) {}

    /** Alerts raised per UTC day and type over the last {@code days} days, today included. */
    @GetMapping("/alerts-per-day")
    DailyAlerts alertsPerDay(@RequestParam(defaultValue = "14") int days) {
        Instant end = endOfToday();
        Instant start = end.minus(Duration.ofDays(checked(days)));
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        List<LocalDate> period = first.datesUntil(first.plusDays(days)).toList();
        return dailyAlerts.get(
                new Period(end, days, VolumeBucket.DAY),
                () -> new DailyAlerts(period, alerts.countsByDayAndType(start, end)));
    }

    /** Total volume through all meters per hour or day over the last {@code days} days. */
    @GetMapping("/consumption")
    List<VolumeTotal> consumption(
            @RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "hour") String bucket) {
        Instant end = endOfToday();
        Instant start = end.minus(Duration.ofDays(checked(days)));
        VolumeBucket width = VolumeBucket.parse(bucket);
        return volumes.get(
                new Period(end, days, width),
                () -> consumption.totals(start, end, width).stream()
                        .map(total -> new VolumeTotal(
                                total.start(),
                                Resolution.round(total.litres(), Resolution.decimals(Measurand.INTERVAL_VOLUME)),
                                total.meters()))
                        .toList());
    }

    private Instant endOfToday() {
        return clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }

    private static int checked(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ": " + days);
        }
        return days;
    }
}
