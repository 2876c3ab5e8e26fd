package org.headwater.hydraulics.twin;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private final Supplier<HydraulicModel> freshModels;
    private final Map<String, String> zoneOfJunction;

    /**
     * @param freshModels a new model per call (scenario edits change a model in place)
     * @param zoneOfJunction junction id to zone id; junctions of no zone keep the model's demand
     */
    public LiveTwin(Supplier<HydraulicModel> freshModels, Map<String, String> zoneOfJunction) {
        this.freshModels = freshModels;
        this.zoneOfJunction = Map.copyOf(zoneOfJunction);
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
     * A fresh model at {@code secondsOfDay} with every zone's demand scaled so that the zone draws its estimate.
     *
     * @param zoneEstimateLps zone id to the water its customers are estimated to draw, L/s; other zones as modelled
     */
    public HydraulicModel prepared(long secondsOfDay, Map<String, Double> zoneEstimateLps) {
        HydraulicModel m = freshModels.get();
        Interventions.startAtClock(m, secondsOfDay);
        if (zoneEstimateLps.isEmpty()) {
            return m;
        }
        Map<String, Double> modelled = zoneDemands(m, new Simulation(m).snapshot());
        for (int j = 0; j < m.junctionCount(); j++) {
            String zone = zoneOfJunction.get(m.nodeId(j));
            Double estimate = zone == null ? null : zoneEstimateLps.get(zone);
            double model = zone == null ? 0 : modelled.getOrDefault(zone, 0.0);
            if (estimate != null && model > 0) {
                m.scaleJunctionDemand(j, Math.max(0, estimate) / model);
            }
        }
        return m;
    }

    /** Solves {@link #prepared} at one time, with orifice leaks (junction id to area, m²) when given. */
    public Solution solve(long secondsOfDay, Map<String, Double> zoneEstimateLps, Map<String, Double> leaksM2) {
        HydraulicModel m = prepared(secondsOfDay, zoneEstimateLps);
        if (!leaksM2.isEmpty()) {
            m.setEmitterBackflow(false);
            leaksM2.forEach((node, area) -> {
                int j = m.nodeIndex(node);
                if (j < 0 || j >= m.junctionCount()) {
                    throw new IllegalArgumentException("leak node '" + node + "' is not a junction of " + m.name());
                }
                m.setLeak(j, area, WhatIfRunner.DISCHARGE_COEFFICIENT);
            });
        }
        HydraulicState state = new Simulation(m).snapshot();
        return new Solution(m, state, zoneDemands(m, state));
    }

    /** Water drawn in each zone (demands and leaks), L/s. */
    private Map<String, Double> zoneDemands(HydraulicModel m, HydraulicState state) {
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
