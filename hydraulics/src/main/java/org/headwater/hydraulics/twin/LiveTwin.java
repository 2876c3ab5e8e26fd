package org.headwater.hydraulics.twin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.Simulation;

/**
 * The model beside the live data: solved at a time of day with each zone's demand scaled to an estimate of what
 * its customers draw (the zone's inflow estimate spread over its junctions as the model's own demands are), it
 * gives the pressure a sensor should read and the inflow a zone should take. Also the field of the demo, where a
 * burst is an orifice at a junction.
 */
public final class LiveTwin {

    /** Kilopascals per metre of water (ρg, fresh water). */
    public static final double KPA_PER_METRE = 9.80665;

    private static final double KPA_PER_PSI = 6.894757;
    private static final double LPS_PER_CFS = 28.316846592;
    // a zone estimated to draw nothing keeps a trace of demand, so its factor can be changed back
    private static final double MIN_FACTOR = 1e-6;

    private final HydraulicModel m;
    private final Simulation sim;
    private final Map<String, String> zoneOfJunction;
    private final double[] factor;

    /**
     * @param model the network's model, read for this twin alone (its demands and leaks are changed per solve)
     * @param zoneOfJunction junction id to zone id; junctions of no zone keep the model's demand
     */
    public LiveTwin(HydraulicModel model, Map<String, String> zoneOfJunction) {
        this.m = model;
        this.zoneOfJunction = Map.copyOf(zoneOfJunction);
        this.factor = new double[model.junctionCount()];
        java.util.Arrays.fill(factor, 1.0);
        m.setEmitterBackflow(false);
        // one simulation for every solve: snapshot() starts afresh, and the ordering is computed once
        this.sim = new Simulation(m);
    }

    /** A reader of the model, for a twin built from a file. */
    public static LiveTwin of(Supplier<HydraulicModel> reader, Map<String, String> zoneOfJunction) {
        return new LiveTwin(reader.get(), zoneOfJunction);
    }

    public HydraulicModel model() {
        return m;
    }

    /** A solved state with the conversions to the platform's units. */
    public record Solution(HydraulicModel model, HydraulicState state, Map<String, Double> zoneDemandLps) {

        /** Pressure at a junction, kPa. */
        public double pressureKpa(String node) {
            int n = model.nodeIndex(node);
            if (n < 0) {
                throw new IllegalArgumentException("node '" + node + "' is not in " + model.name());
            }
            return state.pressure(n) * Interventions.psiPerPressureUnit(model) * KPA_PER_PSI;
        }
    }

    /**
     * Solves the model at {@code secondsOfDay} with every zone's demand scaled so that the zone draws its estimate,
     * and orifice leaks (junction id to area, m²) when given.
     *
     * @param zoneEstimateLps zone id to the water its customers are estimated to draw, L/s; other zones as modelled
     */
    public synchronized Solution solve(
            long secondsOfDay, Map<String, Double> zoneEstimateLps, Map<String, Double> leaksM2) {
        prepare(secondsOfDay, zoneEstimateLps);
        int[] leaks = new int[leaksM2.size()];
        int i = 0;
        for (Map.Entry<String, Double> leak : leaksM2.entrySet()) {
            int j = junction(leak.getKey());
            m.setLeak(j, leak.getValue(), WhatIfRunner.DISCHARGE_COEFFICIENT);
            leaks[i++] = j;
        }
        try {
            HydraulicState state = sim.snapshot();
            return new Solution(m, state, zoneDemands(state));
        } finally {
            for (int j : leaks) {
                m.setLeak(j, 0, WhatIfRunner.DISCHARGE_COEFFICIENT);
            }
        }
    }

    /**
     * The junctions where a leak would best explain the residuals (measured minus modelled kPa per sensor junction),
     * on the model as it was solved for the same moment and demand estimate.
     */
    public synchronized List<LeakLocator.Candidate> locate(
            long secondsOfDay, Map<String, Double> zoneEstimateLps, Map<String, Double> residualKpa, int limit) {
        prepare(secondsOfDay, zoneEstimateLps);
        return LeakLocator.rank(m, residualKpa, limit);
    }

    private void prepare(long secondsOfDay, Map<String, Double> zoneEstimateLps) {
        Interventions.startAtClock(m, secondsOfDay);
        setFactors(new double[0]);
        if (zoneEstimateLps.isEmpty()) {
            return;
        }
        Map<String, Double> modelled = zoneDemands(sim.snapshot());
        double[] wanted = new double[m.junctionCount()];
        for (int j = 0; j < wanted.length; j++) {
            String zone = zoneOfJunction.get(m.nodeId(j));
            Double estimate = zone == null ? null : zoneEstimateLps.get(zone);
            double model = zone == null ? 0 : modelled.getOrDefault(zone, 0.0);
            wanted[j] = estimate != null && model > 0 ? Math.max(MIN_FACTOR, estimate / model) : 1.0;
        }
        setFactors(wanted);
    }

    /** Demand factors relative to the file; an empty array restores the file's demands. */
    private void setFactors(double[] wanted) {
        for (int j = 0; j < factor.length; j++) {
            double w = wanted.length == 0 ? 1.0 : wanted[j];
            if (w != factor[j]) {
                m.scaleJunctionDemand(j, w / factor[j]);
                factor[j] = w;
            }
        }
    }

    private int junction(String node) {
        int j = m.nodeIndex(node);
        if (j < 0 || j >= m.junctionCount()) {
            throw new IllegalArgumentException("leak node '" + node + "' is not a junction of " + m.name());
        }
        return j;
    }

    /** Water drawn in each zone (demands and leaks), L/s. */
    private Map<String, Double> zoneDemands(HydraulicState state) {
        double lpsPerUnit = LPS_PER_CFS / m.units().flow();
        Map<String, Double> byZone = new HashMap<>();
        for (int j = 0; j < m.junctionCount(); j++) {
            String zone = zoneOfJunction.get(m.nodeId(j));
            if (zone != null) {
                byZone.merge(zone, Math.max(0, state.demand(j)) * lpsPerUnit, Double::sum);
            }
        }
        return new LinkedHashMap<>(byZone);
    }

    /** The junction a burst of {@code pipe} discharges at: its start, or its end when it starts at a tank. */
    public static String burstJunction(HydraulicModel m, String pipe) {
        int k = m.linkIndex(pipe);
        if (k < 0) {
            throw new IllegalArgumentException("pipe '" + pipe + "' is not in " + m.name());
        }
        int from = m.linkFrom(k);
        return m.nodeId(from < m.junctionCount() ? from : m.linkTo(k));
    }
}
