package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaterQualityTest {

    private static final Path ROOT = Path.of("..", "data");

    @ParameterizedTest
    @ValueSource(strings = {"Net1-chlorine", "Net3-trace-Lake", "Net3-age", "L-Town-chlorine"})
    void matchesEpanetAtEveryHydraulicTime(String folder) {
        Path dir = ROOT.resolve("epanet-quality").resolve(folder);
        HydraulicModel model = HydraulicModel.read(
                ROOT.resolve("epanet-networks").resolve(QualityComparison.network(dir) + ".inp.gz"));
        QualityComparison.Result r = QualityComparison.compare(model, dir);
        System.out.println(r);
        assertThat(r.timesMissing()).isZero();
        assertThat(r.maxError()).isLessThanOrEqualTo(r.tolerance());
    }
}
