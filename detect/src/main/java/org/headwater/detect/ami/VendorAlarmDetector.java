package org.headwater.detect.ami;

import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;
import org.headwater.telemetry.MeterEvent;

/**
 * Vendor tamper alarms (EPA sections 3.2 and 5.2: cut wire, magnetic tampering, meter movement or
 * removal, tilt, GPS movement) raise TAMPER, except within the grace period after a recorded meter
 * replacement (EPA table 6-1: staff moving a meter is "employee error", not tampering). A recorded
 * replacement also clears a tamper alarm raised just before it. The alert clears at the first reading
 * {@code alarm_quiet_hours} after the alarm's last repeat.
 */
public final class VendorAlarmDetector {

    static final String NAME = "vendor-tamper-alarm";

    /** When the last tamper alarm was seen. */
    public static final class State {
        long lastAlarmMillis = -1;
    }

    public void onAlarm(State s, MeterContext ctx, MeterEvent event) {
        long time = event.time().toEpochMilli();
        if (ctx.withinReplacementGrace(time)) {
            return;
        }
        s.lastAlarmMillis = time;
        if (!ctx.isOpen(AlertType.TAMPER)) {
            String summary = String.format(Locale.ROOT, "vendor alarm %s (%s)", event.code(), event.vendorCode());
            ctx.raise(AlertType.TAMPER, Severity.MEDIUM, time, Evidence.of(event, summary), null, NAME);
        }
    }

    /** Any input of the meter: clears the alarm once it has been quiet long enough. */
    public void onInput(State s, MeterContext ctx, long timeMillis) {
        long quiet = Millis.ofHours(ctx.thresholds().get(ThresholdKey.ALARM_QUIET_HOURS));
        if (s.lastAlarmMillis >= 0 && timeMillis - s.lastAlarmMillis >= quiet) {
            s.lastAlarmMillis = -1;
            ctx.clear(AlertType.TAMPER, timeMillis, NAME, "no tamper alarm for the quiet period");
        }
    }

    /** A recorded replacement explains a removal or tilt alarm raised within the grace period before it. */
    public void onReplacement(State s, MeterContext ctx, long timeMillis) {
        long grace = Millis.ofHours(ctx.thresholds().get(ThresholdKey.METER_REPLACEMENT_GRACE_HOURS));
        if (s.lastAlarmMillis >= 0 && timeMillis - s.lastAlarmMillis <= grace) {
            s.lastAlarmMillis = -1;
            ctx.clear(AlertType.TAMPER, timeMillis, NAME, "meter replacement recorded");
        }
    }
}
