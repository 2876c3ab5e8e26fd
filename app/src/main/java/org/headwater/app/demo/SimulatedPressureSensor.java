package org.headwater.app.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic pressure sensor: static pressure from the node's elevation (the lowest sensor node
 * sees {@value #HIGHEST_KPA} kPa, the highest {@value #LOWEST_KPA} kPa, a usual 45-75 psi service
 * band), a morning and evening dip when demand peaks, a little noise, and any injected drop.
 * (L-Town's own SCADA series are not public; the AMI reads are the real part of the demo.) In the demo utility
 * the pressure comes from {@link SimulatedNetworkField} instead: the network model under the metered demand.
 */
final class SimulatedPressureSensor {

    static final double LOWEST_KPA = 310;
    static final double HIGHEST_KPA = 520;

    private final String sensorId;
    private final double staticKilopascals;
    private final List<InjectedEvent> drops;
    private final @Nullable SimulatedNetworkField field;
    private final String node;

    /** @param elevationShare where the node lies between the lowest (0) and highest (1) sensor node */
    SimulatedPressureSensor(String sensorId, double elevationShare, List<InjectedEvent> drops) {
        this.sensorId = sensorId;
        this.staticKilopascals = HIGHEST_KPA - (HIGHEST_KPA - LOWEST_KPA) * Math.clamp(elevationShare, 0.0, 1.0);
        this.drops = List.copyOf(drops);
        this.field = null;
        this.node = "";
    }

    /** A sensor at {@code node} whose pressure comes from the simulated network (bursts included), plus noise and drops. */
    SimulatedPressureSensor(String sensorId, String node, SimulatedNetworkField field, List<InjectedEvent> drops) {
        this.sensorId = sensorId;
        this.staticKilopascals = 0;
        this.drops = List.copyOf(drops);
        this.field = field;
        this.node = node;
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
                        * 0.5;
        double value = (field != null ? field.kilopascals(node, time) : staticKilopascals * (1 - demandDip)) + noise;
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
