package org.headwater.hydraulics.twin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.LinkType;
import org.headwater.hydraulics.Simulation;

/**
 * Model residuals at the pressure sensors and where a leak would explain them. The model is solved at the
 * measurement's time of day; the residual at a sensor is measured minus modelled pressure. When the largest
 * drop exceeds the threshold, a leak is assumed and every junction is tried as its place: a standard leak is
 * simulated there, and junctions are ranked by how closely the pressure drops it causes at the sensors point
 * the same way as the residuals (cosine similarity); the pipes at the best junctions are the candidates.
 */
public final class LeakLocator {

    /** A standard trial leak: 10 cm², orifice coefficient 0.75. */
    static final double TRIAL_AREA_M2 = 0.001;

    /** Residuals at the sensors and, when they exceed the threshold, the candidates ranked best first. */
    public record Finding(
            Map<String, Double> residualPsi, double largestDropPsi, boolean leakSuspected, List<Candidate> candidates) {
        public Finding {
            residualPsi = Map.copyOf(residualPsi);
            candidates = List.copyOf(candidates);
        }
    }

    /** A junction that would explain the residuals, its score in [-1, 1] and the pipes that meet there. */
    public record Candidate(String junction, double score, List<String> pipes) {
        public Candidate {
            pipes = List.copyOf(pipes);
        }
    }

    private final Supplier<HydraulicModel> freshModels;

    public LeakLocator(Supplier<HydraulicModel> freshModels) {
        this.freshModels = freshModels;
    }

    /**
     * @param measuredPsi pressure per sensor node id at one time
     * @param secondsOfDay the measurement's time of day (the model's demand patterns are read there)
     * @param thresholdPsi the drop below the model at any sensor that raises a suspicion
     * @param limit how many candidates to return
     */
    public Finding locate(Map<String, Double> measuredPsi, long secondsOfDay, double thresholdPsi, int limit) {
        HydraulicModel m = freshModels.get();
        Interventions.startAtClock(m, secondsOfDay);
        int[] sensors = sensorNodes(m, measuredPsi);
        double psi = Interventions.psiPerPressureUnit(m);
        double[] base = pressures(new Simulation(m).snapshot(), sensors, psi);
        double[] residual = new double[sensors.length];
        Map<String, Double> byNode = new java.util.LinkedHashMap<>();
        double largestDrop = 0;
        for (int i = 0; i < sensors.length; i++) {
            residual[i] = measuredPsi.get(m.nodeId(sensors[i])) - base[i];
            byNode.put(m.nodeId(sensors[i]), residual[i]);
            largestDrop = Math.max(largestDrop, -residual[i]);
        }
        if (largestDrop < thresholdPsi) {
            return new Finding(byNode, largestDrop, false, List.of());
        }
        return new Finding(byNode, largestDrop, true, rank(m, sensors, residual, psi, limit));
    }

    /**
     * Ranks the junctions of a model prepared for the moment (clock, demands) by how well a leak there explains
     * the residuals; the residuals and the signatures are compared in the same unit, kPa.
     *
     * @param prepared the model as the residuals were computed against; changed only while trying leaks
     * @param residualKpa measured minus modelled pressure per sensor junction id
     */
    public static List<Candidate> rank(HydraulicModel prepared, Map<String, Double> residualKpa, int limit) {
        int[] sensors = sensorNodes(prepared, residualKpa);
        double[] residual = new double[sensors.length];
        for (int i = 0; i < sensors.length; i++) {
            residual[i] = residualKpa.get(prepared.nodeId(sensors[i]));
        }
        double kpa = Interventions.psiPerPressureUnit(prepared) * 6.894757;
        return rank(prepared, sensors, residual, kpa, limit);
    }

    /** Pipes ranked by the best score of the junctions they meet, best first, each once. */
    public static List<RankedPipe> pipes(List<Candidate> junctions, int limit) {
        Map<String, RankedPipe> best = new java.util.LinkedHashMap<>();
        for (Candidate c : junctions) {
            for (String pipe : c.pipes()) {
                best.putIfAbsent(pipe, new RankedPipe(pipe, c.junction(), c.score()));
            }
        }
        return best.values().stream().limit(limit).toList();
    }

    /** A candidate pipe, the junction that put it in the list and that junction's score. */
    public record RankedPipe(String pipe, String junction, double score) {}

    private static List<Candidate> rank(HydraulicModel m, int[] sensors, double[] residual, double unit, int limit) {
        // one simulation for every trial: snapshot() starts afresh, and the ordering is computed once
        Simulation sim = new Simulation(m);
        double[] base = pressures(sim.snapshot(), sensors, unit);
        m.setEmitterBackflow(false);
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < m.junctionCount(); j++) {
            m.setLeak(j, TRIAL_AREA_M2, WhatIfRunner.DISCHARGE_COEFFICIENT);
            double[] withLeak = pressures(sim.snapshot(), sensors, unit);
            m.setLeak(j, 0, WhatIfRunner.DISCHARGE_COEFFICIENT);
            double[] signature = new double[sensors.length];
            for (int i = 0; i < sensors.length; i++) {
                signature[i] = withLeak[i] - base[i];
            }
            candidates.add(new Candidate(m.nodeId(j), cosine(residual, signature), pipesAt(m, j)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    private static int[] sensorNodes(HydraulicModel m, Map<String, Double> measured) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("measured pressures must name at least one sensor node");
        }
        return measured.keySet().stream()
                .sorted()
                .mapToInt(id -> {
                    int n = m.nodeIndex(id);
                    if (n < 0 || n >= m.junctionCount()) {
                        throw new IllegalArgumentException("sensor node '" + id + "' is not a junction of " + m.name());
                    }
                    return n;
                })
                .toArray();
    }

    private static double[] pressures(HydraulicState state, int[] nodes, double psi) {
        double[] p = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            p[i] = state.pressure(nodes[i]) * psi;
        }
        return p;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static List<String> pipesAt(HydraulicModel m, int junction) {
        List<String> pipes = new ArrayList<>();
        for (int k = 0; k < m.linkCount(); k++) {
            LinkType t = m.linkType(k);
            boolean pipe = t == LinkType.PIPE || t == LinkType.CVPIPE;
            if (pipe && (m.linkFrom(k) == junction || m.linkTo(k) == junction)) {
                pipes.add(m.linkId(k));
            }
        }
        return pipes;
    }
}
