package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our water quality against EPANET 2.2's (data/epanet-quality) at every hydraulic solution time of 24 h. */
class WaterQualityTest {

    private static final Path DATA = Path.of("..", "data");

    private static QualityComparison.Result compare(String folder) {
        Path dir = DATA.resolve("epanet-quality").resolve(folder);
        Path inp = QualityComparison.modelFile(dir, List.of(DATA.resolve("epanet-networks")))
                .orElseThrow();
        return QualityComparison.compare(HydraulicModel.read(inp), dir);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Net1-chlorine", "Net1-orders", "Net3-mixing", "Net3-trace-Lake", "Net3-age", "L-Town-chlorine"})
    void matchesEpanetWithinTheStatedToleranceAtEveryTime(String folder) {
        QualityComparison.Result r = compare(folder);
        assertThat(r.timesMissing()).isZero();
        assertThat(r.timesCompared()).isGreaterThan(24);
        assertThat(r.maxError()).as(r.toString()).isLessThanOrEqualTo(r.tolerance());
    }

    @Test
    void chlorineOnNet1AgreesToRoundingOfTheReferenceFile() {
        // 9 significant digits in the file; a wrong wall or bulk rate would show at 1e-3
        assertThat(compare("Net1-chlorine").maxError()).isLessThan(1.0e-6);
    }

    @Test
    void tankMixingModelsAndSourcesOnNet3AgreeWellInsideTolerance() {
        QualityComparison.Result r = compare("Net3-mixing");
        assertThat(r.maxError()).as(r.toString()).isLessThan(1.0e-3);
    }
}
