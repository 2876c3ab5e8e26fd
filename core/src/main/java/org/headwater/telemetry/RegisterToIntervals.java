package org.headwater.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.network.MeterSpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns cumulative register reads into {@link Measurand#INTERVAL_VOLUME} readings, meter by meter,
 * so that the result depends only on which reads exist, never on the order they arrive in.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Pairs, not neighbours.</b> The interval volume at a read's time {@code t} is emitted
 *       only when a read at {@code t - readInterval} (within a tolerance, default 10 % of the read
 *       interval, because real MIU clocks jitter by seconds) is known. It is emitted once, when the
 *       second read of the pair arrives. A late, out-of-order read therefore emits the intervals it
 *       completes, before and after it, and nothing already emitted ever changes: the store stays
 *       append-only and idempotent. A missing read leaves a gap (no interval spanning two read
 *       intervals), which read success rate reports.
 *   <li><b>Duplicates.</b> A re-sent read (same meter, same time) emits nothing. A read within twice
 *       the tolerance of a known read but not at the same time (an on-demand read next to a
 *       scheduled one) is kept by the caller as a REGISTER reading but takes no part in intervals:
 *       this keeps the pair of every read unique, hence order-independent.
 *   <li><b>Rollover.</b> A decrease where the earlier value is in the top fraction of the register's
 *       range (default 10 %) and the later one in the bottom fraction is a wrap of the dial: volume
 *       = rollover - earlier + later.
 *   <li><b>Reverse flow.</b> Any other decrease up to a plausibility limit (default 100 L per
 *       interval) is a negative interval volume: backflow detection needs it (EPA 5.2).
 *   <li><b>Went backwards.</b> A larger decrease that is not a rollover gives no interval and one
 *       {@link RejectionReason#REGISTER_WENT_BACKWARDS} rejection naming both reads. The REGISTER
 *       readings themselves are kept by the caller: they are what the meter said, and tamper
 *       detection wants to see them. The next interval starts from the lower value.
 *   <li><b>Meter replacement.</b> An {@link AlarmCode#METER_REPLACED} event at time {@code e} (see
 *       {@link #meterReplaced}), or reads carrying different serial numbers, start a new series: no
 *       interval spans the replacement. A replacement learned after the spanning interval was
 *       emitted cannot retract it.
 *   <li><b>Bounded state.</b> Per meter only the newest reads (default 48, two days of hourly reads,
 *       longer than the 4-24 h transmission intervals of EPA section 4) are remembered. A read older
 *       than the oldest forgotten read is too late to pair and emits nothing.
 * </ul>
 *
 * <p>Values are canonical litres; the register rollover comes from {@link MeterSpec} in register
 * units and is converted. Thread-safe: each meter's series is guarded by its own lock.
 */
public final class RegisterToIntervals {

    /**
     * @param reverseFlowLimitLitres largest decrease per interval still believed as reverse flow
     * @param rolloverBand fraction of the rollover value that counts as "near the top" and "near zero"
     * @param jitterTolerance fraction of the read interval a read time may deviate from its slot
     * @param windowReads reads remembered per meter
     */
    public record Settings(
            double reverseFlowLimitLitres, double rolloverBand, double jitterTolerance, int windowReads) {
        public Settings {
            if (!(reverseFlowLimitLitres >= 0)) {
                throw new IllegalArgumentException("reverseFlowLimitLitres must be >= 0: " + reverseFlowLimitLitres);
            }
            if (!(rolloverBand > 0 && rolloverBand < 0.5)) {
                throw new IllegalArgumentException("rolloverBand must be in (0, 0.5): " + rolloverBand);
            }
            if (!(jitterTolerance >= 0 && jitterTolerance < 0.25)) {
                throw new IllegalArgumentException("jitterTolerance must be in [0, 0.25): " + jitterTolerance);
            }
            if (windowReads < 2) {
                throw new IllegalArgumentException("windowReads must be at least 2: " + windowReads);
            }
        }

        public static Settings defaults() {
            return new Settings(100, 0.1, 0.1, 48);
        }
    }

    /** Receives what a register read produced. */
    public interface Emitter {
        void interval(Reading intervalVolume);

        /** A pair of reads that gives no interval because the register went backwards. */
        void rejected(RejectionReason reason, String raw, String detail);
    }

    private final Settings settings;
    private final Map<String, Series> series = new ConcurrentHashMap<>();

    public RegisterToIntervals(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Takes one accepted register read.
     *
     * @param register a {@link Measurand#REGISTER} reading in litres
     * @param spec the meter's spec (read interval, rollover)
     * @param serial the meter serial number when the source reports it; a change starts a new series
     */
    public void accept(Reading register, MeterSpec spec, @Nullable String serial, Emitter out) {
        if (register.measurand() != Measurand.REGISTER) {
            throw new IllegalArgumentException("measurand must be REGISTER: " + register);
        }
        Series s = series.computeIfAbsent(register.sourceId(), id -> new Series());
        synchronized (s) {
            s.accept(register, spec, serial, out);
        }
    }

    /** Records a meter replacement: no interval will span {@code time}. */
    public void meterReplaced(String meterId, Instant time) {
        Series s = series.computeIfAbsent(meterId, id -> new Series());
        synchronized (s) {
            s.replacements.add(time);
        }
    }

    /** Number of meters with remembered reads. */
    public int meterCount() {
        return series.size();
    }

    private record Point(double litres, @Nullable String serial) {}

    private final class Series {
        private final NavigableMap<Instant, Point> reads = new TreeMap<>();
        private final TreeSet<Instant> replacements = new TreeSet<>();
        private @Nullable Instant forgottenUpTo;

        void accept(Reading r, MeterSpec spec, @Nullable String serial, Emitter out) {
            Instant t = r.time();
            if (reads.containsKey(t) || (forgottenUpTo != null && !t.isAfter(forgottenUpTo))) {
                return;
            }
            Duration interval = spec.readInterval();
            Duration tolerance = tolerance(interval);
            if (!reads.subMap(t.minus(tolerance.multipliedBy(2)), true, t.plus(tolerance.multipliedBy(2)), true)
                    .isEmpty()) {
                return;
            }
            Point point = new Point(r.value(), serial);
            reads.put(t, point);
            Entry<Instant, Point> before = near(t.minus(interval), tolerance);
            if (before != null) {
                pair(r.sourceId(), before.getKey(), before.getValue(), t, point, spec, out);
            }
            Entry<Instant, Point> after = near(t.plus(interval), tolerance);
            if (after != null) {
                pair(r.sourceId(), t, point, after.getKey(), after.getValue(), spec, out);
            }
            forget();
        }

        private Duration tolerance(Duration interval) {
            return Duration.ofNanos((long) (interval.toNanos() * settings.jitterTolerance()));
        }

        private @Nullable Entry<Instant, Point> near(Instant slot, Duration tolerance) {
            var candidates = reads.subMap(slot.minus(tolerance), true, slot.plus(tolerance), true);
            return candidates.isEmpty() ? null : candidates.firstEntry();
        }

        private void pair(String meterId, Instant t0, Point p0, Instant t1, Point p1, MeterSpec spec, Emitter out) {
            Instant replacement = replacements.higher(t0);
            if (replacement != null && !replacement.isAfter(t1)) {
                return;
            }
            if (p0.serial() != null && p1.serial() != null && !p0.serial().equals(p1.serial())) {
                return;
            }
            double delta = p1.litres() - p0.litres();
            if (delta >= 0) {
                out.interval(new Reading(meterId, Measurand.INTERVAL_VOLUME, t1, delta));
                return;
            }
            double rollover = spec.registerUnit().toCanonical(spec.registerRollover());
            double band = rollover * settings.rolloverBand();
            if (p0.litres() >= rollover - band && p1.litres() <= band) {
                out.interval(new Reading(meterId, Measurand.INTERVAL_VOLUME, t1, rollover - p0.litres() + p1.litres()));
            } else if (-delta <= settings.reverseFlowLimitLitres()) {
                out.interval(new Reading(meterId, Measurand.INTERVAL_VOLUME, t1, delta));
            } else {
                out.rejected(
                        RejectionReason.REGISTER_WENT_BACKWARDS,
                        meterId + " register " + t0 + "=" + p0.litres() + " L, " + t1 + "=" + p1.litres() + " L",
                        "register of meter_id \"" + meterId + "\" went backwards by " + (-delta) + " L from "
                                + p0.litres() + " L at " + t0 + " to " + p1.litres() + " L at " + t1
                                + " (more than the reverse-flow limit of " + settings.reverseFlowLimitLitres()
                                + " L, and not a rollover at " + rollover + " L): no interval volume derived");
            }
        }

        private void forget() {
            while (reads.size() > settings.windowReads()) {
                forgottenUpTo = reads.pollFirstEntry().getKey();
            }
            if (forgottenUpTo != null) {
                replacements.headSet(forgottenUpTo).clear();
            }
        }
    }
}
