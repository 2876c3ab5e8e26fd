package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver on the hand-built cases of data/epanet-cases (each valve type, pump curve type, control kind,
 * tank limits, demand categories, emitters, reservoir patterns, the three head-loss formulas and PDA) against
 * EPANET 2.2's results for them, with the eval's tolerances: statuses equal, heads and pressures within 1e-2
 * (target 1e-3), flows within 1e-3 of the largest flow, tank levels, the same event times.
 */
class HandBuiltCasesTest {

    private static final Path CASES = Path.of("..", "data", "epanet-cases");

    /**
     * Cases within the accepted 1e-2 but not the 1e-3 target on heads, and why (measured differences in
     * docs/hydraulics.md). Every case meets the accepted tolerance; none is excluded from that.
     */
    private static final Map<String, String> ACCEPTED_NOT_TARGET = Map.of(
            "tanks-limits",
            "junction J6 is cut off once tank T2 is empty (1:40:32 on, EPANET's warning 'Node J6 disconnected'):"
                    + " EPANET's head there is -5,381,885 m and ours differs by 1.5e-3 m, a relative 3e-10");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES.resolve("inp"))) {
            List<String> names = files.map(p -> p.getFileName().toString().replace(".inp", ""))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    private static ReferenceComparison.Result compare(String name) {
        HydraulicModel model = HydraulicModel.read(CASES.resolve("inp/" + name + ".inp"));
        return ReferenceComparison.compare(model, CASES.resolve("results/" + name), 86_400);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesEpanet22WithinTheEvalsTolerances(String name) {
        ReferenceComparison.Result r = compare(name);

        assertThat(r.epsTimesCompared()).as("24 h solution times").isGreaterThanOrEqualTo(25);
        assertThat(r.snapshotStatusMismatches() + r.epsStatusMismatches())
                .as(r.firstMismatch())
                .isZero();
        assertThat(r.eventTimesMissing() + r.eventTimesExtra())
                .as(r.firstMismatch())
                .isZero();
        assertThat(r.snapshotFlow()).as("snapshot max |ΔQ| / max |Q|").isLessThanOrEqualTo(1.0e-3);
        assertThat(r.epsFlow()).as("EPS max |ΔQ| / max |Q|").isLessThanOrEqualTo(1.0e-3);
        double headLimit = ACCEPTED_NOT_TARGET.containsKey(name) ? 1.0e-2 : 1.0e-3;
        assertThat(r.snapshotHead()).as("snapshot max |Δhead|, |Δpressure|").isLessThanOrEqualTo(headLimit);
        assertThat(r.epsHead()).as("EPS max |Δhead|").isLessThanOrEqualTo(headLimit);
        assertThat(r.epsTankLevel()).as("tank levels").isLessThanOrEqualTo(1.0e-3);
        assertThat(r.withinTolerance()).as(r.firstMismatch()).isTrue();
    }

    @Test
    void theCaseHeldOnlyToTheAcceptedToleranceStillMissesTheTarget() {
        // when the solver gets it within 1e-3, it belongs with the others
        ACCEPTED_NOT_TARGET
                .keySet()
                .forEach(name -> assertThat(compare(name).epsHead()).as(name).isGreaterThan(1.0e-3));
    }

    @Test
    void aGpvStartsOpenAndATcvActiveAsInEpanet() {
        HydraulicModel model = HydraulicModel.read(CASES.resolve("inp/valve-tcv-gpv.inp"));
        HydraulicState t0 = new Simulation(model).snapshot();

        assertThat(LinkStatus.name(t0.statusCode(model.linkIndex("G1")))).isEqualTo("OPEN");
        assertThat(LinkStatus.name(t0.statusCode(model.linkIndex("V1")))).isEqualTo("ACTIVE");
    }

    @Test
    void aTankWhoseMaxLevelIsTheVolumeCurvesLastDepthIsAccepted() {
        // T4: max level 6 m, curve VC1 up to 6 m; in feet the difference rounds above 6 m
        HydraulicModel model = HydraulicModel.read(CASES.resolve("inp/tanks-limits.inp"));

        assertThat(model.nodeIndex("T4")).isNotNegative();
    }
}
