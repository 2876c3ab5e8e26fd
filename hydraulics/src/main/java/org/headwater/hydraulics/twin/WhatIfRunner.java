package org.headwater.hydraulics.twin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.LinkType;
import org.headwater.hydraulics.Simulation;
import org.headwater.hydraulics.SolverWarning;

/**
 * Answers a what-if: runs the network as it is and with the interventions over the same period from
 * the same time of day, and reports the junctions below the minimum pressure, when and for how long,
 * and when each tank empties. Reads nothing from and writes nothing to any control system: it only
 * simulates. Each run is bounded by the solver's iteration limits, the scenario's duration and a
 * wall-clock budget.
 */
public final class WhatIfRunner {

    /** Orifice discharge coefficient of a break, as LeakDB's leaks. */
    static final double DISCHARGE_COEFFICIENT = 0.75;

    private final Supplier<HydraulicModel> freshModels;

    /** @param freshModels a new, unedited model on every call (the runner edits the models it gets) */
    public WhatIfRunner(Supplier<HydraulicModel> freshModels) {
        this.freshModels = freshModels;
    }

    /**
     * Runs the scenario.
     *
     * @throws IllegalArgumentException naming the element when an intervention names an unknown link
     *     or one it cannot apply to (stopping a pipe, breaking a valve)
     * @throws WhatIfTimeout when the two runs take longer than {@code budget}
     */
    public WhatIfOutcome run(WhatIfScenario scenario, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        HydraulicModel changed = prepare(scenario);
        apply(changed, scenario.interventions());
        Trace with = Trace.of(changed, scenario, deadline, budget);
        Trace without = Trace.of(prepare(scenario), scenario, deadline, budget);
        return outcome(changed, scenario, with, without);
    }

    private HydraulicModel prepare(WhatIfScenario scenario) {
        HydraulicModel m = freshModels.get();
        Interventions.setDuration(m, scenario.durationSeconds());
        Interventions.startAtClock(m, scenario.startSecondsOfDay());
        return m;
    }

    /** Applies the interventions to the model; breaks at one junction add their openings. */
    private static void apply(HydraulicModel m, List<Intervention> interventions) {
        double[] openingM2 = new double[m.junctionCount()];
        for (Intervention i : interventions) {
            int link = m.linkIndex(i.element());
            if (link < 0) {
                throw new IllegalArgumentException("unknown link '" + i.element() + "' in network " + m.name());
            }
            LinkType type = m.linkType(link);
            boolean pipe = type == LinkType.PIPE || type == LinkType.CVPIPE;
            switch (i) {
                case Intervention.CloseLink c -> {
                    if (type == LinkType.PUMP) {
                        throw new IllegalArgumentException(
                                "link '" + c.element() + "' is a pump: stop it instead of closing it");
                    }
                    Interventions.closeLink(m, link);
                }
                case Intervention.StopPump s -> {
                    if (type != LinkType.PUMP) {
                        throw new IllegalArgumentException(
                                "link '" + s.element() + "' is a " + type + ", not a pump: only a pump can be stopped");
                    }
                    Interventions.closeLink(m, link);
                }
                case Intervention.BreakPipe b -> {
                    if (!pipe) {
                        throw new IllegalArgumentException(
                                "link '" + b.element() + "' is a " + type + ", not a pipe: only a pipe can break");
                    }
                    openingM2[breakJunction(m, link)] += Interventions.boreAreaM2(m, link) * b.openingFraction();
                }
            }
        }
        for (int j = 0; j < openingM2.length; j++) {
            if (openingM2[j] > 0) {
                m.setLeak(j, openingM2[j], DISCHARGE_COEFFICIENT);
            }
        }
        m.setEmitterBackflow(false); // a break discharges to the street; it does not draw water in
    }

    /** The junction where a break discharges: the pipe's start node, or its end node when the start is a tank. */
    static int breakJunction(HydraulicModel m, int link) {
        int from = m.linkFrom(link);
        if (from < m.junctionCount()) {
            return from;
        }
        int to = m.linkTo(link);
        if (to < m.junctionCount()) {
            return to;
        }
        throw new IllegalArgumentException(
                "pipe '" + m.linkId(link) + "' joins no junction: a break there cannot be modelled");
    }

    private static WhatIfOutcome outcome(HydraulicModel m, WhatIfScenario scenario, Trace with, Trace without) {
        int steps = with.times.size();
        double min = scenario.minimumPressurePsi();
        List<WhatIfOutcome.Step> perStep = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            List<String> below = new ArrayList<>();
            float[] p = with.pressure.get(s);
            for (int j = 0; j < p.length; j++) {
                if (p[j] < min) {
                    below.add(m.nodeId(j));
                }
            }
            perStep.add(new WhatIfOutcome.Step(with.times.get(s), below));
        }
        List<WhatIfOutcome.NodeImpact> nodes = new ArrayList<>();
        for (int j = 0; j < m.junctionCount(); j++) {
            WhatIfOutcome.NodeImpact impact = nodeImpact(m, j, with, without.everBelow(j, min), min);
            if (impact != null) {
                nodes.add(impact);
            }
        }
        nodes.sort(Comparator.comparingLong(WhatIfOutcome.NodeImpact::firstBelowSeconds)
                .thenComparingDouble(WhatIfOutcome.NodeImpact::lowestPsi));
        List<WhatIfOutcome.TankImpact> tanks = new ArrayList<>();
        for (int t = 0; t < with.tankNodes.length; t++) {
            int node = with.tankNodes[t];
            double[] level = new double[steps];
            for (int s = 0; s < steps; s++) {
                level[s] = with.levels.get(s)[t];
            }
            tanks.add(new WhatIfOutcome.TankImpact(
                    m.nodeId(node),
                    Interventions.minimumLevel(m, node),
                    with.emptiesAt(t),
                    without.emptiesAt(t),
                    level));
        }
        List<String> warnings = firstOfEachKind(with.warnings);
        return new WhatIfOutcome(with.times, perStep, nodes, tanks, warnings);
    }

    /** The first warning of each code and element (a cut-off node is warned about at every step). */
    private static List<String> firstOfEachKind(List<SolverWarning> warnings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return warnings.stream()
                .filter(w -> seen.add(w.code() + " " + w.element()))
                .map(SolverWarning::message)
                .limit(100)
                .toList();
    }

    private static WhatIfOutcome.@org.jspecify.annotations.Nullable NodeImpact nodeImpact(
            HydraulicModel m, int j, Trace with, boolean belowWithout, double min) {
        int steps = with.times.size();
        long first = -1;
        long secondsBelow = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double[] series = new double[steps];
        for (int s = 0; s < steps; s++) {
            double p = with.pressure.get(s)[j];
            series[s] = p;
            lowest = Math.min(lowest, p);
            if (p < min) {
                if (first < 0) {
                    first = with.times.get(s);
                }
                if (s + 1 < steps) {
                    secondsBelow += with.times.get(s + 1) - with.times.get(s);
                }
            }
        }
        return first < 0
                ? null
                : new WhatIfOutcome.NodeImpact(m.nodeId(j), first, lowest, secondsBelow, belowWithout, series);
    }

    /** Junction pressures (psi) and tank levels at every solution time of one run. */
    private static final class Trace {
        final List<Long> times = new ArrayList<>();
        final List<float[]> pressure = new ArrayList<>();
        final List<double[]> levels = new ArrayList<>();
        final int[] tankNodes;
        final double[] minimumLevel;
        final Long[] empties;
        List<SolverWarning> warnings = List.of();

        private Trace(HydraulicModel m) {
            List<Integer> tanks = new ArrayList<>();
            for (int n = m.junctionCount(); n < m.nodeCount(); n++) {
                if (m.nodeKind(n).equals("TANK")) {
                    tanks.add(n);
                }
            }
            tankNodes = tanks.stream().mapToInt(Integer::intValue).toArray();
            minimumLevel = new double[tankNodes.length];
            for (int t = 0; t < tankNodes.length; t++) {
                minimumLevel[t] = Interventions.minimumLevel(m, tankNodes[t]);
            }
            empties = new Long[tankNodes.length];
        }

        static Trace of(HydraulicModel m, WhatIfScenario scenario, long deadline, Duration budget) {
            Trace trace = new Trace(m);
            double psi = Interventions.psiPerPressureUnit(m);
            int junctions = m.junctionCount();
            Simulation sim = new Simulation(m);
            CutOffJunctions cutOff = new CutOffJunctions(m);
            sim.run(
                    scenario.durationSeconds(),
                    time -> {
                        if (System.nanoTime() > deadline) {
                            throw new WhatIfTimeout("the what-if run took longer than " + budget.toMillis()
                                    + " ms and was stopped at " + time + " s of " + scenario.durationSeconds()
                                    + " s simulated; shorten the duration");
                        }
                    },
                    (time, state) -> {
                        float[] p = new float[junctions];
                        for (int j = 0; j < junctions; j++) {
                            p[j] = (float) (state.pressure(j) * psi);
                        }
                        for (int j : cutOff.cutOff(state)) {
                            p[j] = 0f; // no open path to a source: no supply, whatever the forced demand makes of the
                            // head
                        }
                        double[] level = new double[trace.tankNodes.length];
                        for (int t = 0; t < level.length; t++) {
                            level[t] = state.tankLevel(trace.tankNodes[t]);
                            if (trace.empties[t] == null && level[t] <= trace.minimumLevel[t] + 1e-3) {
                                trace.empties[t] = time;
                            }
                        }
                        trace.times.add(time);
                        trace.pressure.add(p);
                        trace.levels.add(level);
                    });
            trace.warnings = sim.warnings();
            return trace;
        }

        boolean everBelow(int junction, double min) {
            for (float[] p : pressure) {
                if (p[junction] < min) {
                    return true;
                }
            }
            return false;
        }

        @org.jspecify.annotations.Nullable
        Long emptiesAt(int tank) {
            return empties[tank];
        }
    }
}
