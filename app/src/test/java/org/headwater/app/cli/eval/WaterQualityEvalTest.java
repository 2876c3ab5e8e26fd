package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives {@code eval water-quality} on the repository's EPANET water-quality results, without Spring. */
class WaterQualityEvalTest {

    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();

    @Test
    void printsARowPerCaseAndEndsWithTheCasesWithinTolerance() {
        List<String> lines = EvalOutput.of(
                "eval",
                "water-quality",
                "--reference",
                DATA.resolve("epanet-quality").toString(),
                "--networks",
                DATA.resolve("epanet-networks").toString(),
                "--runs",
                "0");

        assertThat(lines.get(0)).startsWith("case");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Net1-chlorine")
                        .contains("chlorine (mg/L)")
                        .endsWith("within tolerance"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Net3-age").contains("age (h)"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Net3-trace-Lake").contains("trace (%)"));
        assertThat(lines).hasSize(1 + 6 + 1);
        assertThat(lines.getLast()).isEqualTo("water-quality 6/6");
    }
}
