package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.twin.LiveTwin;

/**
 * The demo's pressures as the network would have them: the L-Town model solved at each quarter hour with each
 * zone drawing what its customers' meters recorded in that hour (plus the zone's unmetered background), and any
 * injected burst as an orifice at the burst pipe's start junction. The live twin compares its model with these
 * "measurements"; here the model is the field, so the residuals are noise, the twin's demand error and the bursts.
 */
final class SimulatedNetworkField {

    private static final int KEPT_STEPS = 2_000;
    private static final double LPS_PER_CFS = 28.316846592;

    private final LiveTwin model;
    private final List<String> nodes;
    private final Map<String, SimulatedZoneInflow> inflowByZone;
    private final List<InjectedEvent> bursts;
    private final Map<String, Double> burstAreaM2 = new HashMap<>();
    private final Map<String, String> burstJunction = new HashMap<>();
    private final ZoneId utilityZone;
    private final Map<String, String> zoneOfJunction;
    private final Map<Instant, Solved> solved = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Solved> eldest) {
            return size() > KEPT_STEPS;
        }
    };

    private final Map<Instant, Map<String, Double>> meteredInflow = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Map<String, Double>> eldest) {
            return size() > KEPT_STEPS / 4;
        }
    };

    private record Solved(Map<String, Double> kilopascals, Map<String, Double> burstLpsByZone) {}

    /**
     * @param model the demo's network model
     * @param zoneOfJunction junction id to zone id
     * @param nodes the junctions pressure sensors measure
     * @param inflowByZone the metered inflow of each zone with customers
     * @param events the injected events; the bursts among them are simulated
     */
    SimulatedNetworkField(
            HydraulicModel model,
            Map<String, String> zoneOfJunction,
            List<String> nodes,
            Map<String, SimulatedZoneInflow> inflowByZone,
            List<InjectedEvent> events,
            ZoneId utilityZone) {
        this.model = new LiveTwin(model, zoneOfJunction);
        this.nodes = List.copyOf(nodes);
        this.inflowByZone = Map.copyOf(inflowByZone);
        this.bursts = events.stream()
                .filter(e -> e.kind() == InjectedEvent.Kind.BURST)
                .toList();
        this.utilityZone = utilityZone;
        for (InjectedEvent burst : bursts) {
            String pipe = burst.targets().getFirst();
            int link = model.linkIndex(pipe);
            if (link < 0) {
                throw new IllegalArgumentException("burst pipe '" + pipe + "' is not in " + model.name());
            }
            burstJunction.put(pipe, LiveTwin.burstJunction(model, pipe));
            burstAreaM2.put(pipe, burst.magnitude() * Interventions.boreAreaM2(model, link));
        }
        this.zoneOfJunction = Map.copyOf(zoneOfJunction);
    }

    /** Pressure at a sensor's junction at {@code time} (the quarter hour it falls in), kPa. */
    synchronized double kilopascals(String node, Instant time) {
        Double p = solve(quarter(time)).kilopascals().get(node);
        if (p == null) {
            throw new IllegalArgumentException("node " + node + " carries no simulated pressure sensor");
        }
        return p;
    }

    /** The bursts' outflow in a zone over the hour starting at {@code hourStart} (its half-hour value), L/s. */
    synchronized double burstLitresPerSecond(String zone, Instant hourStart) {
        if (bursts.stream()
                .noneMatch(b -> b.start().isBefore(hourStart.plus(Duration.ofHours(1)))
                        && b.end().isAfter(hourStart))) {
            return 0;
        }
        return solve(hourStart.plus(Duration.ofMinutes(30))).burstLpsByZone().getOrDefault(zone, 0.0);
    }

    private Solved solve(Instant t) {
        Solved known = solved.get(t);
        if (known != null) {
            return known;
        }
        Instant hour = t.truncatedTo(ChronoUnit.HOURS);
        Map<String, Double> demand = meteredInflow.computeIfAbsent(hour, h -> {
            Map<String, Double> byZone = new HashMap<>();
            inflowByZone.forEach((zone, inflow) -> byZone.put(zone, inflow.litresPerSecond(h)));
            return byZone;
        });
        Map<String, Double> leaks = new HashMap<>();
        for (InjectedEvent burst : bursts) {
            if (burst.covers(t)) {
                String pipe = burst.targets().getFirst();
                leaks.merge(burstJunction.get(pipe), burstAreaM2.get(pipe), Double::sum);
            }
        }
        long secondsOfDay = t.atZone(utilityZone).toLocalTime().toSecondOfDay();
        LiveTwin.Solution solution = model.solve(secondsOfDay, demand, leaks);
        Map<String, Double> kpa = new HashMap<>();
        nodes.forEach(n -> kpa.put(n, solution.pressureKpa(n)));
        Map<String, Double> burstFlow = new HashMap<>();
        for (String junction : leaks.keySet()) {
            int j = solution.model().nodeIndex(junction);
            double lps = solution.state().emitterFlow(j) * lpsPerFlowUnit(solution.model());
            burstFlow.merge(zoneOfJunction.getOrDefault(junction, ""), lps, Double::sum);
        }
        Solved result = new Solved(kpa, burstFlow);
        solved.put(t, result);
        return result;
    }

    private static double lpsPerFlowUnit(HydraulicModel m) {
        return LPS_PER_CFS / m.units().flow();
    }

    private static Instant quarter(Instant time) {
        long s = Duration.ofMinutes(15).toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), s) * s);
    }
}
