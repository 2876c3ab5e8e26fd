package org.headwater.hydraulics.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.headwater.hydraulics.HydraulicModel;
import org.junit.jupiter.api.Test;

/** What-if runs on EPANET's Net1: one pump lifts water from the source into tank 2, which feeds the town. */
class WhatIfRunnerTest {

    static final Path NET1 = Path.of("../data/epanet-networks/Net1.inp.gz");
    private final WhatIfRunner runner = new WhatIfRunner(() -> HydraulicModel.read(NET1));

    private WhatIfOutcome run(Intervention... interventions) {
        return runner.run(new WhatIfScenario(List.of(interventions), 86_400, 0, 20), Duration.ofSeconds(30));
    }

    private static List<String> nodesFirstBelowAt(WhatIfOutcome outcome, long seconds) {
        return outcome.nodes().stream()
                .filter(n -> n.firstBelowSeconds() == seconds)
                .map(WhatIfOutcome.NodeImpact::node)
                .sorted()
                .toList();
    }

    @Test
    void stoppingThePumpEmptiesTheTankAtFourHoursSixMinutesAndThenNoJunctionIsSupplied() {
        WhatIfOutcome outcome = run(new Intervention.StopPump("9"));

        WhatIfOutcome.TankImpact tank = outcome.tanks().getFirst();
        assertThat(tank.tank()).isEqualTo("2");
        assertThat(tank.emptiesAtSeconds()).isEqualTo(14_761L); // 4:06:01, an event time of the run
        assertThat(tank.emptiesWithoutInterventionSeconds()).isNull();
        assertThat(tank.minimumLevel()).isEqualTo(100.0);
        assertThat(outcome.times()).contains(14_761L);
        // The pump's level controls would start it again at 110 ft: a stopped pump stays stopped.
        double[] level = tank.level();
        for (int i = 1; i < level.length; i++) {
            assertThat(level[i]).isLessThanOrEqualTo(level[i - 1] + 1e-3);
        }
        assertThat(nodesFirstBelowAt(outcome, 14_761))
                .containsExactly("10", "11", "12", "13", "21", "22", "23", "31", "32");
        assertThat(outcome.nodes()).allSatisfy(n -> {
            assertThat(n.lowestPsi()).isZero();
            assertThat(n.secondsBelow()).isEqualTo(86_400 - 14_761);
            assertThat(n.belowWithoutIntervention()).isFalse();
        });
        assertThat(outcome.steps().get(4).nodesBelow()).isEmpty();
        assertThat(outcome.warnings()).contains("Node 32 disconnected at 4:06:01");
    }

    @Test
    void aBreakOnPipe112DropsTheFarEndBelowTwentyPsiFirstAndDrainsTheTank() {
        WhatIfOutcome outcome = run(new Intervention.BreakPipe("112", 0.1));

        assertThat(nodesFirstBelowAt(outcome, 7_200)).containsExactly("32");
        assertThat(nodesFirstBelowAt(outcome, 14_400)).containsExactly("12", "13", "22", "31");
        assertThat(outcome.nodes()).extracting(WhatIfOutcome.NodeImpact::node).doesNotContain("10", "11");
        assertThat(outcome.nodes()).noneMatch(WhatIfOutcome.NodeImpact::belowWithoutIntervention);
        WhatIfOutcome.NodeImpact far = outcome.nodes().getFirst();
        assertThat(far.node()).isEqualTo("32");
        assertThat(far.lowestPsi()).isLessThan(20);
        assertThat(far.pressurePsi()).hasSize(outcome.times().size());
        assertThat(outcome.tanks().getFirst().emptiesAtSeconds()).isEqualTo(6_790L);
    }

    @Test
    void theSameQuestionWithoutABreakLeavesEveryoneAboveTheMinimum() {
        WhatIfOutcome outcome = run(new Intervention.BreakPipe("122", 0.01));

        assertThat(outcome.nodes()).isEmpty();
        assertThat(outcome.tanks().getFirst().emptiesAtSeconds()).isNull();
    }

    @Test
    void aHigherMinimumCountsNodesTheNetworkLeavesLowAnyway() {
        WhatIfOutcome outcome = runner.run(
                new WhatIfScenario(List.of(new Intervention.CloseLink("122")), 86_400, 0, 110), Duration.ofSeconds(30));

        assertThat(outcome.nodes()).anyMatch(WhatIfOutcome.NodeImpact::belowWithoutIntervention);
    }

    @Test
    void startingAtNoonUsesTheAfternoonDemands() {
        WhatIfOutcome midnight = run(new Intervention.StopPump("9"));
        WhatIfOutcome noon = runner.run(
                new WhatIfScenario(List.of(new Intervention.StopPump("9")), 86_400, 12 * 3600, 20),
                Duration.ofSeconds(30));

        // Net1's pattern is higher in the first 12 h than in the next: from noon the tank lasts longer.
        assertThat(noon.tanks().getFirst().emptiesAtSeconds())
                .isGreaterThan(midnight.tanks().getFirst().emptiesAtSeconds());
    }

    @Test
    void unknownAndIllegalActionsNameTheElement() {
        assertThatThrownBy(() -> run(new Intervention.CloseLink("99")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown link '99'");
        assertThatThrownBy(() -> run(new Intervention.StopPump("10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("link '10' is a PIPE, not a pump");
        assertThatThrownBy(() -> run(new Intervention.BreakPipe("9", 0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("link '9' is a PUMP, not a pipe");
        assertThatThrownBy(() -> run(new Intervention.CloseLink("9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'9' is a pump");
        assertThatThrownBy(() -> new Intervention.BreakPipe("10", 1.5))
                .hasMessageContaining("openingFraction of the break of 10");
        assertThatThrownBy(() -> new WhatIfScenario(List.of(), 86_400, 0, 20)).hasMessageContaining("actions");
        assertThatThrownBy(() -> new WhatIfScenario(List.of(new Intervention.StopPump("9")), 30 * 86_400L, 0, 20))
                .hasMessageContaining("duration");
    }

    @Test
    void aRunOverItsTimeBudgetStopsWithAClearError() {
        assertThatThrownBy(() -> runner.run(
                        new WhatIfScenario(List.of(new Intervention.StopPump("9")), 86_400, 0, 20), Duration.ZERO))
                .isInstanceOf(WhatIfTimeout.class)
                .hasMessageContaining("longer than 0 ms");
    }
}
