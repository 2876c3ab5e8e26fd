package org.headwater.detect.ami;

import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.Severity;
import org.headwater.alert.ThresholdKey;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.jspecify.annotations.Nullable;

/**
 * Everything the chain keeps about one meter or sensor: inputs waiting to be detected, how far
 * detection has got, each detector's state, and which conditions are open. Feeds each input, in
 * event-time order, to the detectors that care about its kind.
 */
final class MeterTrack implements MeterContext {

    private final SourceProfile profile;
    private final DetectorChain chain;
    private final Detectors detectors;
    private final long readIntervalMillis;
    private final boolean reversedInstall;
    private ResolvedThresholds thresholds;

    final PendingInputs pending = new PendingInputs();
    long detectedUpTo = Long.MIN_VALUE;
    long newestSeen = Long.MIN_VALUE;
    boolean queued;

    private final @Nullable OpenCondition[] open = new OpenCondition[AlertType.values().length];
    private long lastVolumeMillis = -1;
    private long replacedAtMillis = Long.MIN_VALUE;

    private final BackflowDetector.State backflow = new BackflowDetector.State();
    private final ContinuousLeakDetector.State leak = new ContinuousLeakDetector.State();
    private final SuddenStopDetector.State suddenStop = new SuddenStopDetector.State();
    private final RegisterDetector.State register = new RegisterDetector.State();
    private final VendorAlarmDetector.State vendor = new VendorAlarmDetector.State();
    private final PressureDetector.State pressure = new PressureDetector.State();
    private final NonReportingDetector.State reporting = new NonReportingDetector.State();
    private final ReversedMeterDetector.State reversed = new ReversedMeterDetector.State();
    private final IntermittentLeakDetector.State intermittent = new IntermittentLeakDetector.State();
    private final LowUseDetector.State lowUse = new LowUseDetector.State();
    private final UseDay day;
    private final UseBaseline baseline = new UseBaseline();

    MeterTrack(SourceProfile profile, DetectorChain chain, Detectors detectors, ResolvedThresholds thresholds) {
        this.profile = profile;
        this.chain = chain;
        this.detectors = detectors;
        this.thresholds = thresholds;
        this.readIntervalMillis = profile.spec().readInterval().toMillis();
        this.reversedInstall = profile.spec().orientation() == MeterSpec.Orientation.REVERSED;
        this.day = new UseDay(chain.utilityDays());
    }

    /** Detects the first {@code count} pending inputs, in order. */
    void detect(int count) {
        if (thresholds.version() != chain.thresholdVersion()) {
            thresholds = chain.resolveThresholds(profile);
        }
        PendingInputs p = pending;
        for (int i = 0; i < count; i++) {
            detectOne(p.times[i], p.kinds[i], p.values[i], p.events[i]);
        }
        if (count > 0) {
            detectedUpTo = Math.max(detectedUpTo, p.times[count - 1]);
        }
        p.removeFirst(count);
    }

    private void detectOne(long time, byte kind, double value, @Nullable MeterEvent event) {
        detectors.nonReporting.onInput(reporting, this, time);
        detectors.vendorAlarm.onInput(vendor, this, time);
        switch (kind) {
            case PendingInputs.VOLUME -> onVolume(time, value);
            case PendingInputs.PRESSURE -> detectors.pressure.onPressure(pressure, this, time, value);
            case PendingInputs.REGISTER -> detectors.register.onRegister(register, this, time, value);
            case PendingInputs.ALARM -> onAlarm(requireEvent(event));
            case PendingInputs.REPLACEMENT -> onReplacement(time);
            default -> throw new IllegalStateException("unknown input kind " + kind);
        }
    }

    private static MeterEvent requireEvent(@Nullable MeterEvent event) {
        if (event == null) {
            throw new IllegalStateException("alarm input without its event");
        }
        return event;
    }

    private void onVolume(long time, double measuredLitres) {
        // A meter the network records as installed backwards (found and not yet turned) measures the
        // mirror image: its reverse volume is the customer's use, not backflow.
        double litres = reversedInstall ? -measuredLitres : measuredLitres;
        long sincePrevious = lastVolumeMillis < 0 ? readIntervalMillis : time - lastVolumeMillis;
        boolean gap = sincePrevious > 2 * readIntervalMillis;
        long interval = gap ? readIntervalMillis : sincePrevious;
        lastVolumeMillis = time;
        if (day.isAfter(time)) {
            if (day.startMillis != Long.MIN_VALUE) {
                closeDay();
            }
            day.startAt(time);
        }
        day.add(time, litres, thresholds.get(ThresholdKey.BACKFLOW_NOISE_LITRES));
        if (!isOpen(AlertType.REVERSED_METER)) {
            detectors.backflow.onVolume(backflow, this, time, interval, litres);
        }
        detectors.continuousLeak.onVolume(leak, this, time, interval, gap, litres);
        detectors.suddenStop.onVolume(suddenStop, this, time, interval, gap, litres);
    }

    private void closeDay() {
        if (!day.complete(readIntervalMillis)) {
            return;
        }
        detectors.reversedMeter.onDay(reversed, this, day);
        detectors.intermittentLeak.onDay(intermittent, this, day);
        detectors.highUse.onDay(this, day, baseline);
        detectors.lowUse.onDay(lowUse, this, day, baseline);
        // A day of (almost) no use is absence, not habit: learning it would make the next normal day look high.
        if (day.netLitres() >= thresholds.get(ThresholdKey.LOW_USE_LITRES_PER_DAY)) {
            baseline.learn(day, HighUseDetector.baselineCap(this, day, baseline));
        }
    }

    private void onAlarm(MeterEvent event) {
        AlarmCode code = event.code();
        switch (code) {
            case REVERSE_FLOW -> {
                if (!isOpen(AlertType.REVERSED_METER)) {
                    detectors.backflow.onReverseFlowAlarm(this, event);
                }
            }
            case TAMPER, MAGNETIC_TAMPER, CUT_WIRE, REMOVAL, TILT -> detectors.vendorAlarm.onAlarm(vendor, this, event);
            default -> {
                // Empty pipe, leak flag, low battery and high flow are kept as evidence by the store;
                // the leak and use rules above judge the flow itself.
            }
        }
    }

    private void onReplacement(long time) {
        replacedAtMillis = time;
        detectors.register.onReplacement(register);
        detectors.reversedMeter.onReplacement(reversed);
        detectors.suddenStop.onReplacement(suddenStop);
        detectors.vendorAlarm.onReplacement(vendor, this, time);
    }

    void onClock(long nowMillis) {
        // Nothing can be overdue within one read interval of the newest input: the common case is one comparison.
        if (nowMillis - reporting.lastMillis > readIntervalMillis) {
            detectors.nonReporting.onClock(reporting, this, nowMillis);
        }
    }

    @Override
    public SourceProfile profile() {
        return profile;
    }

    @Override
    public ResolvedThresholds thresholds() {
        return thresholds;
    }

    @Override
    public boolean isOpen(AlertType type) {
        return open[type.ordinal()] != null;
    }

    @Override
    public void raise(
            AlertType type,
            Severity severity,
            long timeMillis,
            Evidence evidence,
            @Nullable CauseHint causeHint,
            String detector) {
        if (open[type.ordinal()] != null) {
            return;
        }
        String id = chain.emitRaised(this, type, severity, timeMillis, evidence, causeHint, detector);
        open[type.ordinal()] = new OpenCondition(id, detector, timeMillis);
    }

    @Override
    public void clear(AlertType type, long timeMillis, String detector, String reason) {
        OpenCondition condition = open[type.ordinal()];
        // A replay after a restart starts before a restored alert was raised: that history cannot clear it.
        if (condition == null || !condition.detector().equals(detector) || timeMillis < condition.raisedAtMillis()) {
            return;
        }
        open[type.ordinal()] = null;
        chain.emitCleared(this, type, condition.alertId(), timeMillis, reason);
    }

    @Override
    public boolean withinReplacementGrace(long timeMillis) {
        return replacedAtMillis != Long.MIN_VALUE
                && timeMillis - replacedAtMillis
                        <= Millis.ofHours(thresholds.get(ThresholdKey.METER_REPLACEMENT_GRACE_HOURS));
    }

    /** Marks a condition open without emitting: an alert restored after a restart. */
    void restoreOpen(AlertType type, String alertId, String detector, long raisedAtMillis) {
        open[type.ordinal()] = new OpenCondition(alertId, detector, raisedAtMillis);
    }

    /** Forgets an open condition an investigator closed, so it may be raised again. */
    void forget(AlertType type) {
        open[type.ordinal()] = null;
    }
}
