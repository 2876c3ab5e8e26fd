package org.headwater.app.twin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of the live twin: at each pressure sensor and zone inflow the model knows, what was measured, what the
 * model gives under the demand estimate, and the difference.
 *
 * @param time start of the step (measurements are averaged over it)
 * @param pressures pressure sensors, kPa
 * @param inflows zone inflow sensors, L/s (measured is the hour's mean, absent until the hour has ended)
 */
record ResidualStep(Instant time, List<Residual> pressures, List<Residual> inflows) {

    ResidualStep {
        pressures = List.copyOf(pressures);
        inflows = List.copyOf(inflows);
    }

    /**
     * @param sensor the sensor id
     * @param element the junction or zone it measures
     * @param measured mean of its readings in the step, or null when none arrived
     * @param modelled the model's value
     * @param residual measured minus modelled, or null without a measurement
     */
    record Residual(
            String sensor,
            String element,
            @Nullable Double measured,
            double modelled,
            @Nullable Double residual) {

        static Residual of(String sensor, String element, @Nullable Double measured, double modelled) {
            return new Residual(sensor, element, measured, modelled, measured == null ? null : measured - modelled);
        }
    }
}
