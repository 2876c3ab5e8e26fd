package org.headwater.detect.leak;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The leak and burst rule on model residuals (measured minus modelled pressure at each sensor, kPa), one step
 * at a time. Each sensor's residual is taken against its own recent median (a model is never exact at a
 * sensor: elevation, roughness, a valve's true setting), so what counts is a change. A step is over when at
 * least {@code sensorsAgreeing} sensors have dropped by at least {@code dropKpa}; an alert is raised after
 * {@code persistenceSteps} consecutive steps over, and cleared after as many consecutive steps below half the
 * drop. Noise at one sensor, or a single bad step, never raises it. A sensor is judged once it has
 * {@value #WARM_UP_STEPS} leak-free steps (or {@code baselineSteps}, if fewer).
 */
public final class ResidualRule {

    /**
     * @param dropKpa drop below the sensor's recent residual that counts, kPa
     * @param sensorsAgreeing how many sensors must show it in the same step
     * @param persistenceSteps consecutive steps over (to raise) or under half (to clear)
     * @param baselineSteps leak-free steps in each sensor's median; steps over the drop are left out
     */
    public record Settings(double dropKpa, int sensorsAgreeing, int persistenceSteps, int baselineSteps) {
        public Settings {
            if (!(dropKpa > 0) || !Double.isFinite(dropKpa)) {
                throw new IllegalArgumentException("dropKpa must be positive: " + dropKpa);
            }
            if (sensorsAgreeing < 1) {
                throw new IllegalArgumentException("sensorsAgreeing must be at least 1: " + sensorsAgreeing);
            }
            if (persistenceSteps < 1) {
                throw new IllegalArgumentException("persistenceSteps must be at least 1: " + persistenceSteps);
            }
            if (baselineSteps < 1) {
                throw new IllegalArgumentException("baselineSteps must be at least 1: " + baselineSteps);
            }
        }
    }

    /** What one step changes. */
    public sealed interface Decision {}

    /** Nothing changes. */
    public record Unchanged() implements Decision {}

    /**
     * The drop has lasted: raise at {@code at}; {@code since} is the first step over.
     *
     * @param dropKpa the agreed drop at {@code at} (the {@code sensorsAgreeing}-th largest)
     * @param changeKpa each sensor's residual minus its baseline at {@code at}
     */
    public record Raise(Instant since, Instant at, double dropKpa, Map<String, Double> changeKpa) implements Decision {
        public Raise {
            changeKpa = Map.copyOf(changeKpa);
        }
    }

    /** The drop has gone for long enough: clear at {@code at}. */
    public record Clear(Instant at, double dropKpa) implements Decision {}

    /** Leak-free steps a sensor needs before its residual is judged. */
    static final int WARM_UP_STEPS = 8;

    private final Settings settings;
    private final Map<String, Deque<Double>> baselines = new HashMap<>();
    private int over;
    private int under;
    private @Nullable Instant firstOver;
    private boolean active;

    public ResidualRule(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public boolean active() {
        return active;
    }

    /** Takes the residuals of one step (sensor id to measured minus modelled, kPa), in time order. */
    public Decision evaluate(Instant time, Map<String, Double> residualKpa) {
        Map<String, Double> change = new LinkedHashMap<>();
        residualKpa.forEach((sensor, r) -> {
            // a sensor without enough history has no baseline yet: its residual says nothing about a change
            if (history(sensor) >= Math.min(settings.baselineSteps(), WARM_UP_STEPS)) {
                change.put(sensor, r - baseline(sensor));
            }
        });
        double drop = agreedDrop(change);
        boolean isOver = drop >= settings.dropKpa();
        if (!isOver && !active) {
            residualKpa.forEach(this::remember);
        }
        if (!active) {
            if (!isOver) {
                over = 0;
                firstOver = null;
                return new Unchanged();
            }
            if (over++ == 0) {
                firstOver = time;
            }
            if (over < settings.persistenceSteps()) {
                return new Unchanged();
            }
            active = true;
            under = 0;
            return new Raise(Objects.requireNonNull(firstOver), time, drop, change);
        }
        under = drop < settings.dropKpa() / 2 ? under + 1 : 0;
        if (under < settings.persistenceSteps()) {
            return new Unchanged();
        }
        active = false;
        over = 0;
        firstOver = null;
        return new Clear(time, drop);
    }

    // the sensorsAgreeing-th largest drop: that many sensors dropped at least this much
    private double agreedDrop(Map<String, Double> change) {
        if (change.size() < settings.sensorsAgreeing()) {
            return 0;
        }
        double[] drops = change.values().stream().mapToDouble(c -> -c).sorted().toArray();
        return drops[drops.length - settings.sensorsAgreeing()];
    }

    private int history(String sensor) {
        Deque<Double> history = baselines.get(sensor);
        return history == null ? 0 : history.size();
    }

    private double baseline(String sensor) {
        Deque<Double> history = baselines.get(sensor);
        if (history == null || history.isEmpty()) {
            return 0;
        }
        double[] values = history.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private void remember(String sensor, double residual) {
        Deque<Double> history = baselines.computeIfAbsent(sensor, s -> new ArrayDeque<>());
        history.addLast(residual);
        while (history.size() > settings.baselineSteps()) {
            history.removeFirst();
        }
    }
}
