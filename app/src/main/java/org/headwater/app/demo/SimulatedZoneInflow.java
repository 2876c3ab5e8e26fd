package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    SimulatedZoneInflow(String sensorId, List<SimulatedMeter> meters) {
        this.sensorId = sensorId;
        this.meters = List.copyOf(meters);
    }

    String sensorId() {
        return sensorId;
    }

    /** Mean inflow over {@code [hourStart, hourStart + 1 h)}, L/s. */
    double litresPerSecond(Instant hourStart) {
        Instant hourEnd = hourStart.plus(Duration.ofHours(1));
        double litres = 0;
        for (SimulatedMeter meter : meters) {
            litres += meter.register(hourEnd) - meter.register(hourStart);
        }
        return litres / 3600.0 + BACKGROUND_LEAKAGE_LPS;
    }
}
