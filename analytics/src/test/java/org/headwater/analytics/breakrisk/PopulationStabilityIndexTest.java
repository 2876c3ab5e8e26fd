package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PopulationStabilityIndexTest {

    private static double[] normal(long seed, double mean, int n) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + random.nextGaussian();
        }
        return values;
    }

    @Test
    void aSampleFromTheSameDistributionIsStable() {
        assertThat(PopulationStabilityIndex.of(normal(1, 0, 5_000), normal(2, 0, 5_000)))
                .isLessThan(0.02);
    }

    @Test
    void aShiftOfOneStandardDeviationIsReportedAsDrift() {
        assertThat(PopulationStabilityIndex.of(normal(1, 0, 5_000), normal(2, 1, 5_000)))
                .isGreaterThan(PopulationStabilityIndex.DRIFT_THRESHOLD);
    }

    @Test
    void matchesTheFormulaOnTwoBins() {
        // flags: reference 50 % ones, current 80 % ones -> (0.3 ln 1.6) + (-0.3 ln 0.4)
        double[] reference = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        double[] current = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(PopulationStabilityIndex.of(reference, current))
                .isCloseTo(0.3 * Math.log(1.6) - 0.3 * Math.log(0.4), within(1e-3));
    }

    @Test
    void aConstantReferenceStillSeesACurrentSampleWhollyBelowIt() {
        // every pipe had 5 prior breaks at training, none now: all mass moves, the index must say so
        double[] reference = {5, 5, 5, 5, 5, 5, 5, 5};
        double[] below = {0, 0, 0, 0, 0, 0, 0, 0};
        double[] above = {9, 9, 9, 9, 9, 9, 9, 9};

        assertThat(PopulationStabilityIndex.of(reference, below))
                .isGreaterThan(PopulationStabilityIndex.DRIFT_THRESHOLD);
        assertThat(PopulationStabilityIndex.of(reference, above))
                .isGreaterThan(PopulationStabilityIndex.DRIFT_THRESHOLD);
        assertThat(PopulationStabilityIndex.of(reference, reference.clone())).isZero();
    }

    @Test
    void ageDriftsWhenTheSameNetworkIsLookedAtTwentyYearsLater() {
        AssetRegister register = new AssetRegister(
                List.of(Pipes.aPipe("A", 100, 1950), Pipes.aPipe("B", 100, 1960), Pipes.aPipe("C", 100, 1970)),
                List.of());
        BreakHistory history = new BreakHistory(List.of(Pipes.aBreak("A", "1995-05-01")), List.of());

        FeatureDrift drift =
                FeatureDrift.between(register, history, LocalDate.of(1980, 12, 31), LocalDate.of(2000, 12, 31));

        assertThat(drift.drifted()).contains(RiskFeature.AGE_YEARS).doesNotContain(RiskFeature.MATERIAL);
    }
}
