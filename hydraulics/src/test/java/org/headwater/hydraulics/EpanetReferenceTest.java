package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.headwater.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver against EPANET 2.2's own results (data/epanet-reference, compared as its SOURCE.md
 * says): every network's snapshot at t = 0, and the 24 h extended period where the repository
 * holds the reference run. KY1 (EUPL, not shipped) is compared where the shared data folder holds it.
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
                "Modena"
            })
    void snapshotMatchesEpanetWithinTheTargetTolerance(String network) {
        assertSnapshotWithinTolerance(compare(network));
    }

    @Test
    void ky1SnapshotMatchesEpanetWhereTheSharedDataHoldsIt() {
        String what = "KY1 (EPANET-Matlab-Toolkit, EUPL 1.2)";
        HydraulicModel model = HydraulicModel.read(SharedData.require("epanet-networks/KY1.inp", what));

        assertSnapshotWithinTolerance(
                ReferenceComparison.compare(model, SharedData.require("epanet-reference/KY1", what), 86_400));
    }

    private static void assertSnapshotWithinTolerance(ReferenceComparison.Result r) {
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
