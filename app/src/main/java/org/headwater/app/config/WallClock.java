package org.headwater.app.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The wall clock, for the times of human actions and arrivals: who did what when (investigation steps,
 * threshold changes, the audit trail) and when data came in (a quarantined record's {@code receivedAt}).
 * Data itself carries event time, and "now" for data (validation, windows, detectors) comes from the
 * injected {@link Clock}, which the demo replays faster than the wall clock; a person's action five real
 * seconds after another must not be recorded six simulated minutes later.
 */
public record WallClock(Clock clock) {

    public WallClock {
        Objects.requireNonNull(clock, "clock");
    }

    public Instant now() {
        return clock.instant();
    }
}
