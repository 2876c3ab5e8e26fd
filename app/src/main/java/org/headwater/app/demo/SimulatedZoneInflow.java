package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A zone's inflow meter, as SCADA would read it at the zone's inlet: over each hour, the water all
 * its simulated meters registered (injected leaks included, so a leak raises the inflow) plus a
 * small constant background leakage that no customer meter sees.
 */
final class SimulatedZoneInflow {

    /** Unmetered background leakage per zone, L/s: a few percent of a small zone's night flow. */
    static final double BACKGROUND_LEAKAGE_LPS = 0.3;

    private final String sensorId;
    private final List<SimulatedMeter> meters;
    private final BiFunction<String, Instant, Double> bursts;
    private final String zone;

    SimulatedZoneInflow(String sensorId, List<SimulatedMeter> meters) {
        this(sensorId, "", meters, (z, hour) -> 0.0);
    }

    /** @param bursts a burst's outflow in a zone over an hour, L/s (the water a main break adds to the inflow) */
    SimulatedZoneInflow(
            String sensorId, String zone, List<SimulatedMeter> meters, BiFunction<String, Instant, Double> bursts) {
        this.sensorId = sensorId;
        this.zone = zone;
        this.meters = List.copyOf(meters);
        this.bursts = bursts;
    }

    String zone() {
        return zone;
    }

    /** What the zone inflow meter reads over the hour: the customers' use, background leakage and any burst. */
    double measuredLitresPerSecond(Instant hourStart) {
        return litresPerSecond(hourStart) + bursts.apply(zone, hourStart);
    }

    String sensorId() {
        return sensorId;
    }

    /** Mean inflow over {@code [hourStart, hourStart + 1 h)} without bursts, L/s. */
    double litresPerSecond(Instant hourStart) {
        Instant hourEnd = hourStart.plus(Duration.ofHours(1));
        double litres = 0;
        for (SimulatedMeter meter : meters) {
            litres += meter.register(hourEnd) - meter.register(hourStart);
        }
        return litres / 3600.0 + BACKGROUND_LEAKAGE_LPS;
    }
}
