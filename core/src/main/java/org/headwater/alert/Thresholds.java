package org.headwater.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The detection thresholds in force: system-wide values over the built-in defaults, overridden per
 * meter class and per meter. Changes take effect at once (detectors re-resolve when {@link #version()}
 * moves) and each is recorded as a {@link ThresholdChange}. Reads are lock-free; changes are serialised.
 */
public final class Thresholds {

    private final Clock clock;
    private volatile Snapshot snapshot;
    private final List<ThresholdChange> changes = new ArrayList<>();

    private record Snapshot(
            long version,
            ThresholdValues system,
            Map<MeterClass, ThresholdValues> byClass,
            Map<String, ThresholdValues> byMeter) {}

    public Thresholds(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.snapshot = new Snapshot(1, ThresholdValues.none(), Map.of(), Map.of());
    }

    /** Built-in defaults only, version 0, never changed. */
    static Thresholds builtIn() {
        Thresholds t = new Thresholds(Clock.systemUTC());
        t.snapshot = new Snapshot(0, ThresholdValues.none(), Map.of(), Map.of());
        return t;
    }

    public long version() {
        return snapshot.version();
    }

    /** The values set at exactly this scope (not resolved). */
    public ThresholdValues at(ThresholdScope scope) {
        Snapshot s = snapshot;
        return switch (scope) {
            case ThresholdScope.SystemWide ignored -> s.system();
            case ThresholdScope.ForMeterClass c -> s.byClass().getOrDefault(c.meterClass(), ThresholdValues.none());
            case ThresholdScope.ForMeter m -> s.byMeter().getOrDefault(m.meterId(), ThresholdValues.none());
        };
    }

    /** Every threshold for one meter: meter override, else class override, else system value, else default. */
    public ResolvedThresholds resolve(String meterId, @Nullable MeterClass meterClass) {
        Snapshot s = snapshot;
        ThresholdValues meter = s.byMeter().getOrDefault(meterId, ThresholdValues.none());
        ThresholdValues cls = meterClass == null
                ? ThresholdValues.none()
                : s.byClass().getOrDefault(meterClass, ThresholdValues.none());
        ThresholdKey[] keys = ThresholdKey.values();
        double[] values = new double[keys.length];
        for (ThresholdKey key : keys) {
            values[key.ordinal()] = meter.get(key)
                    .or(() -> cls.get(key))
                    .or(() -> s.system().get(key))
                    .orElse(key.defaultValue());
        }
        return new ResolvedThresholds(s.version(), values);
    }

    /**
     * Replaces the values set at {@code scope} (empty values remove the override) and records the change.
     *
     * @return the recorded change, carrying the new version
     */
    public synchronized ThresholdChange set(ThresholdScope scope, ThresholdValues values, String changedBy) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(values, "values");
        ThresholdChange change =
                new ThresholdChange(snapshot.version() + 1, scope, changedBy, clock.instant(), at(scope), values);
        apply(change);
        return change;
    }

    /**
     * After a restart: re-applies the recorded changes, oldest first, keeping their versions, authors
     * and times, so alerts keep naming the threshold version that raised them.
     *
     * @throws IllegalArgumentException when the history does not continue this set's version
     */
    public synchronized void restore(List<ThresholdChange> history) {
        for (ThresholdChange change : history) {
            if (change.version() != snapshot.version() + 1) {
                throw new IllegalArgumentException(
                        "threshold history jumps from version " + snapshot.version() + " to " + change.version());
            }
            apply(change);
        }
    }

    private void apply(ThresholdChange change) {
        ThresholdScope scope = change.scope();
        ThresholdValues values = change.after();
        Snapshot s = snapshot;
        Map<MeterClass, ThresholdValues> byClass = new HashMap<>(s.byClass());
        Map<String, ThresholdValues> byMeter = new HashMap<>(s.byMeter());
        ThresholdValues system = s.system();
        switch (scope) {
            case ThresholdScope.SystemWide ignored -> system = values;
            case ThresholdScope.ForMeterClass c -> putOrRemove(byClass, c.meterClass(), values);
            case ThresholdScope.ForMeter m -> putOrRemove(byMeter, m.meterId(), values);
        }
        snapshot = new Snapshot(change.version(), system, Map.copyOf(byClass), Map.copyOf(byMeter));
        changes.add(change);
    }

    /** Every change so far, oldest first. */
    public synchronized List<ThresholdChange> changes() {
        return List.copyOf(changes);
    }

    private static <K> void putOrRemove(Map<K, ThresholdValues> map, K key, ThresholdValues values) {
        if (values.isEmpty()) {
            map.remove(key);
        } else {
            map.put(key, values);
        }
    }
}
