package org.headwater.workorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.text.Plural;

/**
 * A break-risk run's inspection list drafts inspection orders for its top pipes, one order per zone so a crew works
 * one area at a time, pipes in rank order.
 */
public final class RiskInspectionRule {

    public static final String NO_ZONE = "unzoned";
    // a walk of about 2 km of main per crew-day of 8 hours
    private static final double HOURS_PER_KM = 4;
    private static final double LEAST_HOURS = 1;

    private final int topPipes;

    /** @param topPipes how many of the list's first pipes become inspection work */
    public RiskInspectionRule(int topPipes) {
        if (topPipes < 1) {
            throw new IllegalArgumentException("top-pipes: must be at least 1, got " + topPipes);
        }
        this.topPipes = topPipes;
    }

    /** @param zoneOfPipe the pressure zone or DMA of each pipe, or null when the network has none for it */
    public List<Draft> draft(RiskRun run, List<PipeRisk> ranking, Function<String, String> zoneOfPipe) {
        Map<String, List<PipeRisk>> byZone = new LinkedHashMap<>();
        ranking.stream()
                .sorted(java.util.Comparator.comparingInt(PipeRisk::rank))
                .limit(topPipes)
                .forEach(pipe -> {
                    String zone = zoneOfPipe.apply(pipe.pipeId());
                    byZone.computeIfAbsent(zone == null ? NO_ZONE : zone, z -> new ArrayList<>())
                            .add(pipe);
                });
        WorkSource source = WorkSource.model(run.model(), "run " + run.id());
        List<Draft> drafts = new ArrayList<>();
        byZone.forEach(
                (zone, pipes) -> drafts.add(new Draft(content(run, zone, pipes), source, ProblemKey.zone(zone))));
        return drafts;
    }

    private static WorkOrderContent content(RiskRun run, String zone, List<PipeRisk> pipes) {
        double km = pipes.stream().mapToDouble(PipeRisk::lengthMetres).sum() / 1000;
        double highest = pipes.stream().mapToDouble(PipeRisk::likelihood).max().orElse(0);
        List<String> checklist = pipes.stream()
                .map(p -> String.format(
                        Locale.ROOT,
                        "Rank %d: pipe %s (%.0f m, %.1f %% a year%s)",
                        p.rank(),
                        p.pipeId(),
                        p.lengthMetres(),
                        100 * p.likelihood(),
                        p.factors().isEmpty() ? "" : "; " + p.factors().get(0)))
                .toList();
        return new WorkOrderContent(
                WorkOrderType.INSPECTION,
                String.format(
                        Locale.ROOT,
                        "Inspect %s in %s (%s)",
                        Plural.of(pipes.size(), "high-risk main"),
                        zone,
                        km < 1
                                ? String.format(Locale.ROOT, "%.0f m", km * 1000)
                                : String.format(Locale.ROOT, "%.1f km", km)),
                "Break-risk run " + run.id() + " (" + run.model() + ", as of " + run.asOf() + ") ranks these pipes "
                        + "among its top ones. Inspect each (condition assessment, leak listening) in rank order.",
                highest >= 0.5 ? WorkPriority.MEDIUM : WorkPriority.LOW,
                NO_ZONE.equals(zone) ? null : zone,
                WorkLocation.of(null, NO_ZONE.equals(zone) ? null : zone),
                WorkOrderType.INSPECTION.usualCrew().name(),
                Math.max(LEAST_HOURS, Math.min(WorkOrderContent.LONGEST_JOB_HOURS, km * HOURS_PER_KM)),
                checklist,
                new WorkEvidence(
                        List.of(),
                        null,
                        null,
                        null,
                        run.id(),
                        pipes.stream().map(PipeRisk::pipeId).toList(),
                        List.of()));
    }
}
