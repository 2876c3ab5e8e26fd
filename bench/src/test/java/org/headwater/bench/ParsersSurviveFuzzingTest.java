package org.headwater.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.headwater.testkit.fuzz.FuzzHarness;
import org.headwater.testkit.fuzz.FuzzReport;
import org.headwater.testkit.fuzz.FuzzTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser of outside input survives a seeded run of mutants of real files: nothing thrown but
 * its documented clear error, no input past the time limit. A failure prints the mutant's seed;
 * {@code ./headwater bench fuzz} runs the same targets with 100,000 inputs each.
 */
class ParsersSurviveFuzzingTest {

    // Modest: all parsers together stay within about a minute on a loaded machine.
    private static final int INPUTS = 400;
    private static final long SEED = 20_261_207L;

    static Stream<FuzzTarget> parsers() {
        return new ParserFuzzTargets(FuzzCorpus.fromWorkingDirectory()).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void parserRefusesBadInputOnlyWithItsClearErrorAndNeverHangs(FuzzTarget parser) {
        FuzzReport report = new FuzzHarness(Duration.ofSeconds(10), 1 << 16).run(parser, SEED, INPUTS);

        assertThat(report.firstFailures()).as(report.row()).isEmpty();
        assertThat(report.failures()).isZero();
        assertThat(report.accepted() + report.rejected()).isEqualTo(INPUTS);
    }
}
