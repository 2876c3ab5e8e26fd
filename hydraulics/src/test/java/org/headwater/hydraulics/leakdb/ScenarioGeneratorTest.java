package org.headwater.hydraulics.leakdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.headwater.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The LeakDB scenario generator on the repository's own fixture (data/leakdb-fixture: EPANET's
 * public-domain Net1 and synthetic leaks in LeakDB's layout), over the first weeks of a year; and on
 * LeakDB itself (EUPL, not shipped) where the shared data folder holds it.
 */
class ScenarioGeneratorTest {

    private static final Path FIXTURE = Path.of("..", "data", "leakdb-fixture");
    private static final int TWO_WEEKS = 14 * 48;
    private static final double GPM_PER_M3H = 1 / 0.2271247;

    private final ScenarioGenerator net1 = new ScenarioGenerator(LeakDbFiles.model(FIXTURE, "Net1"), "Net1");

    @Test
    void an_abrupt_leak_adds_inflow_from_its_start_step_and_none_before() {
        LeakDbLeak leak = new LeakDbLeak(7, "13", 0.05, false, 300, TWO_WEEKS, TWO_WEEKS);

        assertAbruptLeakAddsInflowFromItsStart(net1, leak, 10 * GPM_PER_M3H); // Net1 flows are in GPM
    }

    @Test
    void an_incipient_leak_grows_until_its_peak_then_holds() {
        LeakDbLeak leak = new LeakDbLeak(7, "13", 0.08, true, 100, TWO_WEEKS, 400);
        double[] without = net1.generate(7, List.of(), TWO_WEEKS).inflow();
        double[] with = net1.generate(7, List.of(leak), TWO_WEEKS).inflow();

        double early = with[150] - without[150];
        double middle = with[300] - without[300];
        double peak = with[400] - without[400];
        assertThat(early).isLessThan(middle);
        assertThat(middle).isLessThan(peak);
        assertThat(with[600] - without[600]).isCloseTo(peak, within(peak * 0.2));
    }

    @Test
    void a_scenario_is_reproducible_and_scenarios_differ() {
        double[] a = net1.generate(3, List.of(), 96).inflow();
        double[] b = net1.generate(3, List.of(), 96).inflow();
        double[] other = net1.generate(4, List.of(), 96).inflow();
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(other);
    }

    @Test
    void demand_follows_a_day_with_a_night_trough() {
        double[] q = net1.generate(2, List.of(), TWO_WEEKS).inflow();
        double night = 0;
        double day = 0;
        for (int d = 0; d < 14; d++) {
            night += q[d * 48 + 6] / 14; // 03:00
            day += q[d * 48 + 38] / 14; // 19:00
        }
        assertThat(night / day).isBetween(0.3, 0.8);
    }

    @Test
    void a_leak_at_a_tank_is_counted_as_not_simulated() {
        LeakDbGroundTruth truth = LeakDbGroundTruth.read(FIXTURE, "Net1");

        GeneratedScenario s = net1.generate(3, truth.leaks(3), 96); // leaks at junction 21 and tank 2

        assertThat(s.leaksSimulated()).isEqualTo(1);
        assertThat(s.leaksNotSimulated()).isEqualTo(1);
    }

    @Test
    void ground_truth_labels_are_one_from_start_to_before_end() {
        LeakDbGroundTruth truth = LeakDbGroundTruth.read(FIXTURE, "Net1");
        boolean[] y = truth.labels(2); // node 31, steps 800 to 2400

        assertThat(y[799]).isFalse();
        assertThat(y[800]).isTrue();
        assertThat(y[2399]).isTrue();
        assertThat(y[2400]).isFalse();
        assertThat(truth.scenarios()).hasSize(20);
        assertThat(truth.leaks(4)).isEmpty();
        assertThat(truth.leaks(9))
                .extracting(LeakDbLeak::node, LeakDbLeak::incipient)
                .containsExactly(tuple("32", true), tuple("11", false));
    }

    @Test
    void an_incipient_hole_widens_linearly_to_its_peak() {
        LeakDbLeak leak = new LeakDbLeak(1, "13", 0.1, true, 100, 300, 200);
        assertThat(leak.areaAt(99)).isZero();
        assertThat(leak.areaAt(150)).isCloseTo(Math.PI * 0.05 * 0.05 / 4, within(1e-12));
        assertThat(leak.areaAt(250)).isCloseTo(Math.PI * 0.1 * 0.1 / 4, within(1e-12));
        assertThat(leak.areaAt(300)).isZero();
    }

    @Test
    void on_leakdbs_own_hanoi_an_abrupt_leak_adds_inflow_from_its_start_step() {
        Path leakDb = SharedData.require("leakdb", "LeakDB (EUPL)");
        ScenarioGenerator hanoi = new ScenarioGenerator(LeakDbFiles.model(leakDb, "Hanoi"), "Hanoi");
        LeakDbLeak leak = new LeakDbLeak(7, "13", 0.05, false, 300, TWO_WEEKS, TWO_WEEKS);

        assertAbruptLeakAddsInflowFromItsStart(hanoi, leak, 10.0); // Hanoi_CMH flows are in m³/h
    }

    @Test
    void on_leakdbs_own_ground_truth_scenario_2_of_net1_is_labelled_from_its_start_to_before_its_end() {
        LeakDbGroundTruth truth = LeakDbGroundTruth.read(SharedData.require("leakdb", "LeakDB (EUPL)"), "Net1");
        boolean[] y = truth.labels(2); // node 31, steps 8746 to 9651

        assertThat(y[8745]).isFalse();
        assertThat(y[8746]).isTrue();
        assertThat(y[9650]).isTrue();
        assertThat(y[9651]).isFalse();
        assertThat(truth.leaks(3)).extracting(LeakDbLeak::node).containsExactly("21", "2");
    }

    private static void assertAbruptLeakAddsInflowFromItsStart(
            ScenarioGenerator generator, LeakDbLeak leak, double leastLeakFlow) {
        double[] without =
                generator.generate(leak.scenario(), List.of(), TWO_WEEKS).inflow();
        GeneratedScenario with = generator.generate(leak.scenario(), List.of(leak), TWO_WEEKS);

        for (int t = 0; t < leak.start(); t++) {
            assertThat(with.inflow()[t]).isCloseTo(without[t], within(1e-6));
        }
        for (int t = leak.start(); t < TWO_WEEKS; t++) {
            assertThat(with.inflow()[t] - without[t]).isGreaterThan(leastLeakFlow); // through a 5 cm hole
        }
        assertThat(with.leakVolumeShare()).isBetween(0.01, 0.9);
    }
}
