package org.headwater.app.alert;

import java.time.Duration;
import org.headwater.alert.AlertLog;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryIncidents;
import org.headwater.testkit.InMemoryMeterEvents;
import org.headwater.testkit.InMemoryQuarantine;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;

/** An {@link AlertPipeline} on the testkit's in-memory ports: no lateness, a week replayed, UTC days. */
final class InMemoryPipelines {

    private InMemoryPipelines() {}

    static AlertPipeline on(
            CurrentNetwork network,
            SettableClock clock,
            InMemoryReadings readings,
            InMemoryMeterEvents events,
            InMemoryAlerts alerts,
            AlertLog log) {
        return new AlertPipeline(
                network,
                new Thresholds(clock),
                readings,
                events,
                new InMemoryQuarantine(),
                alerts,
                new InMemoryIncidents(),
                log,
                new AlertBroadcaster(),
                clock,
                new HeadwaterDetectProperties(Duration.ZERO, Duration.ofDays(7), Duration.ofSeconds(5)),
                UtilityCalendar.utc());
    }
}
