package org.headwater.app.workorder;

import java.util.List;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.RelationType;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;
import org.headwater.workorder.RiskInspectionRule;
import org.headwater.workorder.WorkOrderDrafter;
import org.jspecify.annotations.Nullable;

/** A break-risk run's top pipes become inspection orders, one per pressure zone. */
public final class RiskRunDrafting {

    private final WorkOrderDrafter drafter;
    private final RiskRuns runs;
    private final CurrentNetwork network;
    private final int topPipes;

    RiskRunDrafting(WorkOrderDrafter drafter, RiskRuns runs, CurrentNetwork network, int topPipes) {
        this.drafter = drafter;
        this.runs = runs;
        this.network = network;
        this.topPipes = topPipes;
    }

    /** Drafts (or adds to the open orders of) the run's top pipes; returns what became of each zone's draft. */
    public List<WorkOrderDrafter.Drafted> draft(RiskRun run) {
        if (topPipes == 0) {
            return List.of();
        }
        List<PipeRisk> top = runs.ranking(run.id(), Double.POSITIVE_INFINITY, 0, topPipes);
        Network town = network.get();
        return new RiskInspectionRule(topPipes)
                .draft(run, top, pipe -> zoneOf(town, pipe)).stream()
                        .map(drafter::submit)
                        .toList();
    }

    /** The zone a pipe's start (or end) junction lies in, if the network says. */
    static @Nullable String zoneOf(Network town, String pipeId) {
        for (RelationType end : List.of(RelationType.STARTS_AT, RelationType.ENDS_AT)) {
            for (String node : town.targets(pipeId, end)) {
                for (String zone : town.targets(node, RelationType.LOCATED_IN)) {
                    if (town.element(zone)
                            .filter(e -> e.kind() == ElementKind.PRESSURE_ZONE || e.kind() == ElementKind.DMA)
                            .isPresent()) {
                        return zone;
                    }
                }
            }
        }
        return null;
    }
}
