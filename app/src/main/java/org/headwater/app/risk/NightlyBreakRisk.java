package org.headwater.app.risk;

import org.headwater.app.config.Cadence;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.ScheduledJob;
import org.headwater.calendar.UtilityCalendar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a break-risk run every night at {@code headwater.risk.run-at} in the server clock's time, on
 * the {@link ClockSchedule}: the clock is looked at every few wall seconds instead of using a cron
 * trigger, because the demo's clock runs faster than the wall clock and a cron trigger would follow
 * the wall clock.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "headwater.risk.nightly", havingValue = "true", matchIfMissing = true)
class NightlyBreakRisk implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyBreakRisk.class);

    private final BreakRiskRunner runner;
    private final ClockSchedule schedule;
    private final RiskProperties properties;
    private final UtilityCalendar calendar;
    private volatile @Nullable ScheduledJob job;

    NightlyBreakRisk(
            BreakRiskRunner runner, ClockSchedule schedule, RiskProperties properties, UtilityCalendar calendar) {
        this.calendar = calendar;
        this.runner = runner;
        this.schedule = schedule;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ScheduledJob nightly = schedule.schedule(
                "break-risk-nightly",
                properties.checkEvery(),
                Cadence.dailyAt(properties.runAt(), calendar.zone()),
                this::run);
        job = nightly;
        log.info("nightly break-risk run at {} {}; next at {}", properties.runAt(), calendar.zone(), nightly.nextDue());
    }

    private void run() {
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

    @Override
    public void destroy() {
        ScheduledJob nightly = job;
        if (nightly != null) {
            nightly.cancel();
        }
    }
}
