package org.headwater.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's accelerated clock: simulated time starts at {@code simulatedStart} when the demo starts
 * and runs {@code speed} times faster than the wall clock. The whole server lives in this time, so
 * "now" on every screen and in every check is the replay's now.
 */
public final class ReplayClock extends Clock {

    private final Clock wall;
    private final Instant simulatedStart;
    private final Instant wallStart;
    private final double speed;

    public ReplayClock(Clock wall, Instant simulatedStart, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.wall = wall;
        this.simulatedStart = simulatedStart;
        this.wallStart = wall.instant();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        long wallMillis = Duration.between(wallStart, wall.instant()).toMillis();
        return simulatedStart.plusMillis((long) (wallMillis * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the replay clock runs in UTC");
    }
}
