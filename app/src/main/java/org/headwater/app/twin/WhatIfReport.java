package org.headwater.app.twin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a what-if: times are seconds from {@code start} (and instants where it helps); node ids
 * are the network's; pressures in psi; tank levels in the model's length unit (feet or metres).
 */
record WhatIfReport(
        String network,
        Instant start,
        double durationHours,
        double minimumPressurePsi,
        List<Action> actions,
        List<Long> times,
        List<Step> steps,
        List<Node> nodes,
        int premisesAffected,
        int metersAffected,
        List<CriticalCustomer> criticalCustomers,
        List<Tank> tanks,
        List<String> warnings,
        long runMillis) {

    /** An action as applied: the element asked for and the model's link it became. */
    record Action(
            String action,
            String element,
            String modelLink,
            @Nullable Double openingFraction) {}

    /** Counts of junctions and premises below the minimum at one time. */
    record Step(long seconds, Instant at, int nodesBelow, int premisesBelow, List<String> nodes) {}

    /** A junction below the minimum at some time, with the customers it serves and its pressure at each time. */
    record Node(
            String node,
            @Nullable Double x,
            @Nullable Double y,
            long firstBelowSeconds,
            Instant firstBelowAt,
            double lowestPsi,
            double hoursBelow,
            boolean belowWithoutActions,
            List<String> premises,
            List<String> meters,
            double[] pressurePsi) {}

    /** A critical customer (hospital, dialysis ...) whose node falls below the minimum. */
    record CriticalCustomer(
            String premise,
            String name,
            String criticalUse,
            String node,
            long firstAffectedSeconds,
            Instant firstAffectedAt,
            double lowestPsi,
            boolean affectedWithoutActions) {}

    /** A tank, its level at each time and when it reaches its minimum level (null: not within the run). */
    record Tank(
            String tank,
            @Nullable Double x,
            @Nullable Double y,
            double minimumLevel,
            @Nullable Long emptiesAfterSeconds,
            @Nullable Instant emptiesAt,
            @Nullable Long emptiesWithoutActionsAfterSeconds,
            double[] level) {}
}
