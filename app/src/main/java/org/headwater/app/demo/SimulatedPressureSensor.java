package org.headwater.app.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A synthetic pressure sensor: static pressure from the node's elevation below a reference head,
 * a morning and evening dip when demand peaks, a little noise, and any injected pressure drop.
 * (L-Town's own SCADA series are not public; the AMI reads are the real part of the demo.)
 */
final class SimulatedPressureSensor {

    private static final double KPA_PER_METRE = 9.80665;

    private final String sensorId;
    private final double staticKilopascals;
    private final List<InjectedEvent> drops;

    SimulatedPressureSensor(
            String sensorId, double elevationMetres, double referenceHeadMetres, List<InjectedEvent> drops) {
        this.sensorId = sensorId;
        this.staticKilopascals = Math.max(150, KPA_PER_METRE * (referenceHeadMetres - elevationMetres));
        this.drops = List.copyOf(drops);
    }

    String sensorId() {
        return sensorId;
    }

    double kilopascals(Instant time) {
        double hour = time.atOffset(ZoneOffset.UTC).getHour()
                + time.atOffset(ZoneOffset.UTC).getMinute() / 60.0;
        double demandDip = 0.05 * (bump(hour, 7.5) + bump(hour, 20));
        double noise =
                (Math.floorMod((sensorId.hashCode() * 31L + time.getEpochSecond() / 60) * 2654435761L, 1000) - 500)
                        / 500.0
                        * 1.5;
        double value = staticKilopascals * (1 - demandDip) + noise;
        for (InjectedEvent drop : drops) {
            if (drop.covers(time)) {
                value -= drop.magnitude();
            }
        }
        return value;
    }

    private static double bump(double hour, double peak) {
        double d = hour - peak;
        return Math.exp(-d * d / 2.0);
    }
}
