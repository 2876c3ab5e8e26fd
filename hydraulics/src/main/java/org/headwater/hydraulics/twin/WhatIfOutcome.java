package org.headwater.hydraulics.twin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a what-if run found. Times are seconds from the start of the run, at every solution time of
 * the intervention's run (report steps, pattern steps and events such as a tank emptying).
 *
 * @param times the solution times
 * @param steps per time, the junctions below the minimum pressure then
 * @param nodes every junction below the minimum at some time, earliest first
 * @param tanks every tank, with its level at each time and when it empties
 * @param warnings the solver's warnings on the intervention's run (disconnected nodes, negative pressures)
 */
public record WhatIfOutcome(
        List<Long> times, List<Step> steps, List<NodeImpact> nodes, List<TankImpact> tanks, List<String> warnings) {

    public WhatIfOutcome {
        times = List.copyOf(times);
        steps = List.copyOf(steps);
        nodes = List.copyOf(nodes);
        tanks = List.copyOf(tanks);
        warnings = List.copyOf(warnings);
    }

    /** The junctions below the minimum at one time. */
    public record Step(long seconds, List<String> nodesBelow) {
        public Step {
            nodesBelow = List.copyOf(nodesBelow);
        }
    }

    /**
     * A junction that falls below the minimum pressure.
     *
     * @param belowWithoutIntervention whether it also falls below it without the interventions (a
     *     low-pressure node of the network as it is, not a consequence)
     * @param pressurePsi its pressure at each of the outcome's times
     */
    public record NodeImpact(
            String node,
            long firstBelowSeconds,
            double lowestPsi,
            long secondsBelow,
            boolean belowWithoutIntervention,
            double[] pressurePsi) {}

    /**
     * A tank: its level (feet or metres above its bottom, the file's units) at each time, and the first
     * time it reaches its minimum level with and without the interventions (null: not within the run).
     */
    public record TankImpact(
            String tank,
            double minimumLevel,
            @Nullable Long emptiesAtSeconds,
            @Nullable Long emptiesWithoutInterventionSeconds,
            double[] level) {}
}
