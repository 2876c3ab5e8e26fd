package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event the demo puts into the replayed data on purpose, so detectors have something real to
 * find. Every injected event is stored in {@code demo_injected_event} and listed by the API: the
 * data says which of its anomalies were made.
 *
 * @param kind what is injected
 * @param targets meter ids (pressure sensor ids for {@link Kind#PRESSURE_DROP}, chlorine sensor ids for
 *     {@link Kind#CHLORINE_DROP}, the pipe id for {@link Kind#BURST})
 * @param start simulated start time
 * @param duration how long it lasts
 * @param magnitude litres per hour for leaks, litres in total for backflow, kPa for pressure drops, mg/L for
 *     chlorine drops, the opening as a fraction of the bore for bursts; unused otherwise
 */
public record InjectedEvent(Kind kind, List<String> targets, Instant start, Duration duration, double magnitude) {

    /** The kinds of injected event. */
    public enum Kind {
        /** Reverse flow through the meter (register runs backwards) and the vendor reverse-flow alarm. */
        BACKFLOW,
        /** A magnet on the meter: the vendor magnetic-tamper alarm and recorded use drops to zero. */
        TAMPER,
        /** A constant extra flow on the customer side, day and night. */
        CONTINUOUS_LEAK,
        /** The meters' transmissions do not arrive (a communications outage). */
        NON_REPORTING,
        /** Pressure at the sensors falls by {@code magnitude} kPa. */
        PRESSURE_DROP,
        /** Chlorine at the water-quality sensors falls by {@code magnitude} mg/L. */
        CHLORINE_DROP,
        /**
         * A main bursts: an orifice of {@code magnitude} times the pipe's bore at the pipe's start junction, simulated
         * by the network model, so every pressure sensor and the zone's inflow see what the burst would do.
         */
        BURST
    }

    public InjectedEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("injected " + kind + " needs at least one target");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("injected " + kind + " duration must be positive: " + duration);
        }
        if (magnitude < 0 || !Double.isFinite(magnitude)) {
            throw new IllegalArgumentException("injected " + kind + " magnitude must be >= 0: " + magnitude);
        }
    }

    public Instant end() {
        return start.plus(duration);
    }

    boolean covers(Instant time) {
        return !time.isBefore(start) && time.isBefore(end());
    }

    /** Fraction of the event elapsed at {@code time}: 0 before it, 1 after it. */
    double elapsedFraction(Instant time) {
        if (!time.isAfter(start)) {
            return 0;
        }
        if (!time.isBefore(end())) {
            return 1;
        }
        return (double) Duration.between(start, time).toMillis() / duration.toMillis();
    }
}
