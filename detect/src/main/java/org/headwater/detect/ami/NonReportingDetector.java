package org.headwater.detect.ami;

import java.time.Duration;
import java.time.Instant;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;

/**
 * Non-reporting meter (EPA figure 5-1; section 4: scheduled transmissions every 4-24 h): a meter is
 * non-reporting once nothing newer than its last reading can still be in transit, that is when its
 * newest event time is older than transmission interval + read interval +
 * {@code non_reporting_grace_hours}. Data that is merely late within that schedule is not an alert.
 * Judged two ways with the same limit, so replays agree: against the chain's clock when it advances
 * (live), and on every new input against the previous one (a gap seen afterwards is raised at
 * last + limit and cleared at once). Clears when data arrives.
 */
public final class NonReportingDetector {

    static final String NAME = "non-reporting";

    /** The newest event time seen from the meter. */
    public static final class State {
        long lastMillis = -1;
    }

    public void onInput(State s, MeterContext ctx, long timeMillis) {
        long last = s.lastMillis;
        if (timeMillis <= last) {
            return;
        }
        s.lastMillis = timeMillis;
        if (last >= 0 && timeMillis - last > limitMillis(ctx) && !ctx.isOpen(AlertType.NON_REPORTING)) {
            raise(ctx, last);
        }
        if (ctx.isOpen(AlertType.NON_REPORTING)) {
            ctx.clear(AlertType.NON_REPORTING, timeMillis, NAME, "data arrived");
        }
    }

    /** Live check at the chain's clock. */
    public void onClock(State s, MeterContext ctx, long nowMillis) {
        if (s.lastMillis >= 0 && nowMillis - s.lastMillis > limitMillis(ctx) && !ctx.isOpen(AlertType.NON_REPORTING)) {
            raise(ctx, s.lastMillis);
        }
    }

    private void raise(MeterContext ctx, long lastMillis) {
        long limit = limitMillis(ctx);
        String summary = "no data after " + Instant.ofEpochMilli(lastMillis) + "; expected within "
                + Duration.ofMillis(limit) + " (transmission + read interval + grace)";
        ctx.raise(AlertType.NON_REPORTING, Severity.LOW, lastMillis + limit, Evidence.summary(summary), null, NAME);
    }

    static long limitMillis(MeterContext ctx) {
        var spec = ctx.profile().spec();
        return spec.transmissionInterval().toMillis()
                + spec.readInterval().toMillis()
                + Millis.ofHours(ctx.thresholds().get(ThresholdKey.NON_REPORTING_GRACE_HOURS));
    }
}
