package org.headwater.detect.ami;

import java.time.Instant;
import java.util.Locale;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.jspecify.annotations.Nullable;

/**
 * Backflow (EPA sections 2 and 5.2 "Backflow Alerts"): the vendor reverse-flow alarm, or a run of
 * consecutive reverse-flow intervals whose reverse volume reaches {@code backflow_volume_litres} or
 * whose duration reaches {@code backflow_duration_hours}. A small reverse volume followed by forward
 * or zero flow before either threshold is reached is water-heater thermal expansion or meter jitter
 * (EPA table 6-1 "equipment issue", 5.2 "Alert Sensitivity") and does not alarm; reverse volumes at
 * or below {@code backflow_noise_litres} per interval are ignored. Clears at the first interval that
 * is not reverse flow. When the meter is recognised as reversed ({@link ReversedMeterDetector}) the
 * alert carries the "employee error" cause hint of EPA table 6-1.
 */
public final class BackflowDetector {

    static final String NAME = "backflow";

    /** The open reverse-flow run of one meter. */
    public static final class State {
        long runStartMillis = -1;
        double runLitres;
        double firstReverseLitres;
    }

    public void onVolume(State s, MeterContext ctx, long timeMillis, long intervalMillis, double litres) {
        double noise = ctx.thresholds().get(ThresholdKey.BACKFLOW_NOISE_LITRES);
        if (litres < -noise) {
            if (s.runStartMillis < 0) {
                s.runStartMillis = timeMillis - intervalMillis;
                s.runLitres = 0;
                s.firstReverseLitres = -litres;
            }
            s.runLitres -= litres;
            if (!ctx.isOpen(AlertType.BACKFLOW)) {
                checkRun(s, ctx, timeMillis, litres);
            }
            return;
        }
        s.runStartMillis = -1;
        ctx.clear(AlertType.BACKFLOW, timeMillis, NAME, "interval without reverse flow");
    }

    private void checkRun(State s, MeterContext ctx, long timeMillis, double litres) {
        double volume = ctx.thresholds().get(ThresholdKey.BACKFLOW_VOLUME_LITRES);
        double hours = Millis.hours(timeMillis - s.runStartMillis);
        double maxHours = ctx.thresholds().get(ThresholdKey.BACKFLOW_DURATION_HOURS);
        if (s.runLitres >= volume || hours >= maxHours) {
            String sourceId = ctx.profile().sourceId();
            Reading reading =
                    new Reading(sourceId, Measurand.INTERVAL_VOLUME, Instant.ofEpochMilli(timeMillis), litres);
            String summary = String.format(
                    Locale.ROOT,
                    "reverse flow %.1f L over %.1f h since %s (thresholds %.1f L or %.1f h)",
                    s.runLitres,
                    hours,
                    Instant.ofEpochMilli(s.runStartMillis),
                    volume,
                    maxHours);
            ctx.raise(AlertType.BACKFLOW, Severity.HIGH, timeMillis, Evidence.of(reading, summary), hint(ctx), NAME);
        }
    }

    public void onReverseFlowAlarm(MeterContext ctx, MeterEvent event) {
        if (!ctx.isOpen(AlertType.BACKFLOW)) {
            ctx.raise(
                    AlertType.BACKFLOW,
                    Severity.HIGH,
                    event.time().toEpochMilli(),
                    Evidence.of(event, "vendor reverse-flow alarm " + event.vendorCode()),
                    hint(ctx),
                    NAME);
        }
    }

    private static @Nullable CauseHint hint(MeterContext ctx) {
        return ctx.isOpen(AlertType.REVERSED_METER) ? CauseHint.EMPLOYEE_ERROR : null;
    }
}
