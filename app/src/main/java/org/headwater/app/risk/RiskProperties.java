package org.headwater.app.risk;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.risk.*}: when the nightly break-risk run happens.
 *
 * @param nightly run every night while the server runs
 * @param runAt local time of the nightly run in the utility's zone ({@code headwater.utility.zone}), in the
 *     server clock's time (accelerated in the demo)
 * @param checkEvery how often (wall time) the schedule looks at the clock; short enough for the demo's fast clock
 * @param threads LightGBM threads for a run (1 or 2: the machine is shared)
 * @param backtestYears walk-forward backtests stored with each run, as of 1 .. n years before its
 *     as-of date; each adds about one model fit to the run, 0 turns them off
 * @param joinDistanceMetres how far a break with only coordinates may lie from the pipe it is joined to
 */
@ConfigurationProperties("headwater.risk")
public record RiskProperties(
        @DefaultValue("true") boolean nightly,
        @DefaultValue("02:00") LocalTime runAt,
        @DefaultValue("PT30S") Duration checkEvery,
        @DefaultValue("1") int threads,
        @DefaultValue("2") int backtestYears,
        @DefaultValue("25") double joinDistanceMetres) {

    public RiskProperties {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("headwater.risk.threads must be 1 or 2, was " + threads);
        }
        if (!(joinDistanceMetres > 0) || Double.isInfinite(joinDistanceMetres)) {
            throw new IllegalArgumentException(
                    "headwater.risk.join-distance-metres must be a positive number, was " + joinDistanceMetres);
        }
        if (backtestYears < 0 || backtestYears > 5) {
            throw new IllegalArgumentException("headwater.risk.backtest-years must be 0 to 5, was " + backtestYears);
        }
        if (checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("headwater.risk.check-every must be positive, was " + checkEvery);
        }
    }
}
