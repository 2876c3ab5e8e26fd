package org.headwater.app.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a break-risk run every night at {@code headwater.risk.run-at} in the server clock's time.
 * The clock is looked at every few wall seconds instead of using a cron trigger, because the demo's
 * clock runs faster than the wall clock and a cron trigger would follow the wall clock.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "headwater.risk.nightly", havingValue = "true", matchIfMissing = true)
class NightlyBreakRisk implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyBreakRisk.class);

    private final BreakRiskRunner runner;
    private final Clock clock;
    private final RiskProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("break-risk-nightly").daemon().factory());
    private volatile Instant nextRun = Instant.MAX;

    NightlyBreakRisk(BreakRiskRunner runner, Clock clock, RiskProperties properties) {
        this.runner = runner;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        nextRun = nextRunAfter(clock.instant(), properties.runAt(), properties.zone());
        long period = properties.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::runIfDue, period, period, TimeUnit.MILLISECONDS);
        log.info("nightly break-risk run at {} {}; next at {}", properties.runAt(), properties.zone(), nextRun);
    }

    private void runIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextRun)) {
            return;
        }
        nextRun = nextRunAfter(now, properties.runAt(), properties.zone());
        try {
            if (runner.runNow("schedule").isEmpty()) {
                log.info("nightly break-risk run skipped: a run is already in progress");
            }
        } catch (IllegalStateException e) {
            // nothing to score yet (no pipes or no breaks imported): expected on a fresh install
            log.warn("nightly break-risk run not made: {}", e.getMessage());
        } catch (RuntimeException e) {
            // a failed night must not stop the next one; the reason is in the log
            log.error("nightly break-risk run failed: {}", e.getMessage(), e);
        }
    }

    /** The first {@code runAt} in {@code zone} strictly after {@code now} (a time skipped by DST moves forward). */
    static Instant nextRunAfter(Instant now, LocalTime runAt, ZoneId zone) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(runAt).atZone(zone);
        return today.toInstant().isAfter(now)
                ? today.toInstant()
                : today.plusDays(1).toInstant();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
