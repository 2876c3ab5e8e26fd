package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver against EPANET 2.2's own results (data/epanet-reference, compared as its SOURCE.md
 * says): every network's snapshot at t = 0, and the 24 h extended period where the repository
 * holds the reference run.
 */
class EpanetReferenceTest {

    private static final Path NETWORKS = Path.of("..", "data", "epanet-networks");
    private static final Path REFERENCE = Path.of("..", "data", "epanet-reference");

    private static ReferenceComparison.Result compare(String network) {
        HydraulicModel model = HydraulicModel.read(NETWORKS.resolve(network + ".inp.gz"));
        return ReferenceComparison.compare(model, REFERENCE.resolve(network), 86_400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Net1",
                "Net2",
                "Net3",
                "Anytown",
                "C-Town",
                "D-Town",
                "L-Town",
                "BWSN_Network_1",
                "Micropolis_v1",
                "KL",
                "Modena",
                "KY1"
            })
    void snapshotMatchesEpanetWithinTheTargetTolerance(String network) {
        ReferenceComparison.Result r = compare(network);

        assertThat(r.snapshotStatusMismatches()).as(r.firstMismatch()).isZero();
        assertThat(r.snapshotHead()).as("max |Δhead| and |Δpressure|").isLessThanOrEqualTo(1.0e-3);
        assertThat(r.snapshotFlow()).as("max |ΔQ| / max |Q|").isLessThanOrEqualTo(1.0e-3);
        assertThat(r.demandRelative()).as("junction demands").isLessThanOrEqualTo(1.0e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Net1", "Net2", "Net3", "Anytown", "BWSN_Network_1"})
    void extendedPeriodMatchesEpanetAtEverySolutionTime(String network) {
        ReferenceComparison.Result r = compare(network);

        assertThat(r.epsTimesCompared()).isGreaterThan(8);
        assertThat(r.eventTimesMissing() + r.eventTimesExtra())
                .as(r.firstMismatch())
                .isZero();
        assertThat(r.epsStatusMismatches()).as(r.firstMismatch()).isZero();
        assertThat(r.epsHead()).isLessThanOrEqualTo(1.0e-3);
        assertThat(r.epsFlow()).isLessThanOrEqualTo(1.0e-3);
        assertThat(r.epsTankLevel()).isLessThanOrEqualTo(1.0e-3);
        assertThat(r.withinTolerance()).isTrue();
    }
}
