package org.headwater.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MutationEngineTest {

    private static final List<Sample> CORPUS = List.of(
            new Sample(
                    "csv",
                    "source_id,time,kind,value,unit\nm1,2024-05-01T00:00:00Z,interval,12.5,L\n"
                            .getBytes(StandardCharsets.UTF_8)),
            new Sample("json", "{\"reads\": [{\"value\": 55.2}]}".getBytes(StandardCharsets.UTF_8)));

    @Test
    void theSameSeedRebuildsTheSameMutant() {
        MutationEngine engine = new MutationEngine(CORPUS, 42, 4096);

        for (int i = 0; i < 200; i++) {
            Mutant mutant = engine.mutant(i);
            Mutant again = new MutationEngine(CORPUS, 42, 4096).reproduce(mutant.seed());
            assertThat(again.bytes()).isEqualTo(mutant.bytes());
            assertThat(again.mutators()).isEqualTo(mutant.mutators());
            assertThat(engine.mutant(i).bytes()).isEqualTo(mutant.bytes());
        }
    }

    @Test
    void anotherRunSeedGivesOtherMutants() {
        long differing = java.util.stream.IntStream.range(0, 100)
                .filter(i -> !java.util.Arrays.equals(
                        new MutationEngine(CORPUS, 1, 4096).mutant(i).bytes(),
                        new MutationEngine(CORPUS, 2, 4096).mutant(i).bytes()))
                .count();

        assertThat(differing).isGreaterThan(80);
    }

    @Test
    void everyStrategyIsUsedAndNoMutantExceedsTheLimit() {
        MutationEngine engine = new MutationEngine(CORPUS, 7, 2048);
        Set<Mutator> used = EnumSet.noneOf(Mutator.class);

        for (int i = 0; i < 2000; i++) {
            Mutant mutant = engine.mutant(i);
            used.addAll(mutant.mutators());
            assertThat(mutant.bytes().length).isLessThanOrEqualTo(2048);
        }

        assertThat(used).containsExactlyInAnyOrder(Mutator.values());
    }

    @Test
    void harnessCountsAcceptedRefusedQuarantinedAndFailedInputsWithTheirSeeds() {
        FuzzTarget parser = new FuzzTarget(
                "first-byte",
                CORPUS,
                input -> {
                    if (input.length == 0) {
                        throw new IllegalArgumentException("line 1, field 'header': the input is empty");
                    }
                    if (input[0] == 'x') {
                        throw new NullPointerException();
                    }
                    return input[0] == '{' ? 1 : 0;
                },
                ClearErrors.ofType(IllegalArgumentException.class));

        FuzzReport report = new FuzzHarness(Duration.ofSeconds(5), 4096).run(parser, 3, 500);

        assertThat(report.inputs()).isEqualTo(500);
        assertThat(report.accepted() + report.rejected() + report.failures()).isEqualTo(500);
        assertThat(report.rejected()).isPositive();
        assertThat(report.quarantined()).isPositive();
        assertThat(report.firstFailures()).allSatisfy(f -> assertThat(f).contains("mutant seed"));
    }

    @Test
    void anInputPastTheTimeLimitIsAFailureAndTheRunGoesOn() {
        FuzzTarget parser = new FuzzTarget(
                "hangs-on-json",
                CORPUS,
                input -> {
                    if (input.length > 0 && input[0] == '{') {
                        Thread.sleep(60_000);
                    }
                    return 0;
                },
                ClearErrors.none());

        FuzzReport report = new FuzzHarness(Duration.ofMillis(50), 4096).run(parser, 5, 20);

        assertThat(report.failures()).isPositive();
        assertThat(report.accepted() + report.failures()).isEqualTo(20);
        assertThat(report.firstFailures()).anySatisfy(f -> assertThat(f).contains("no result within 50 ms"));
    }

    @Test
    void jdkParseErrorsAndBareExceptionsAreNeverClear() {
        var clear = ClearErrors.ofType(IllegalArgumentException.class);

        assertThat(clear.test(new NumberFormatException("For input string: \"1x\"")))
                .isFalse();
        assertThat(clear.test(new IllegalArgumentException())).isFalse();
        assertThat(clear.test(new IllegalStateException("line 3, field 'value': not a number")))
                .isFalse();
        assertThat(clear.test(new IllegalArgumentException("line 3, field 'value': '1x' is not a number")))
                .isTrue();
    }

    @Test
    void anEmptyCorpusIsRefused() {
        assertThatThrownBy(() -> new MutationEngine(List.of(), 1, 4096))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corpus");
    }
}
