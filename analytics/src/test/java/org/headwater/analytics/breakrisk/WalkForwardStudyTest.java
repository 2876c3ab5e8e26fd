package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 23 item 1: the walk-forward study and its nested choice on a simulated town. */
class WalkForwardStudyTest {

    private static final List<String> CANDIDATES = List.of("lookup", "poisson-glm", "eb-stratum");
    private static AssetRegister register;
    private static List<MainBreak> breaks;
    private static WalkForwardStudy.Result result;

    @BeforeAll
    static void studyTheTown() {
        Random random = new Random(11);
        List<PipeSegment> pipes = new ArrayList<>();
        breaks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String id = "P" + i;
            boolean old = i % 2 == 0;
            pipes.add(Pipes.aPipe(id, 20 + random.nextInt(300), old ? 1950 + i % 20 : 1990 + i % 10));
            // some pipes are far weaker than others of their kind: their own record tells
            double frailty = random.nextDouble() < 0.1 ? 8 : 0.6;
            for (int year = 2000; year <= 2015; year++) {
                if (random.nextDouble() < (old ? 0.03 : 0.005) * frailty) {
                    breaks.add(Pipes.aBreak(id, year + "-0" + (1 + random.nextInt(9)) + "-10"));
                }
            }
        }
        breaks.sort(Comparator.comparing(MainBreak::date));
        register = new AssetRegister(pipes, List.of());
        result = study(breaks).run(CANDIDATES, 2001, 2013, line -> {});
    }

    private static WalkForwardStudy study(List<MainBreak> history) {
        return new WalkForwardStudy(register, new BreakHistory(history, List.of()), 5);
    }

    @Test
    void everyAsOfYearTheRecordAllowsIsScoredOnTheNextYearAndTheNextThree() {
        // breaks from 2000 (a training year first) to September 2015 (2014 is the last full year of truth)
        assertThat(study(breaks).asOfYears()).containsExactly(2001, 2013);
        assertThat(result.cells().get("lookup")).containsOnlyKeys(rangeClosed(2001, 2013));
        assertThat(result.cells().get("lookup").get(2011).nextThreeYears()).isNotNull();
        // the last as-of years have no three full years of truth after them
        assertThat(result.cells().get("lookup").get(2012).nextThreeYears()).isNull();
        assertThat(result.cells().get("eb-stratum").get(2005).nextYear().year()).isEqualTo(2006);
    }

    @Test
    void eachNestedChoiceIsTheBestMeanOverEarlierYearsOnly() {
        assertThat(result.nested())
                .extracting(WalkForwardStudy.NestedYear::asOfYear)
                .containsExactlyElementsOf(rangeClosed(2001 + WalkForwardStudy.MIN_SELECTION_YEARS, 2013));
        for (WalkForwardStudy.NestedYear year : result.nested()) {
            String best = CANDIDATES.stream()
                    .max(Comparator.comparingDouble(name -> result.meanCapture(name, 2001, year.asOfYear() - 1)))
                    .orElseThrow();
            assertThat(year.chosen()).as("as of %d", year.asOfYear()).isEqualTo(best);
            assertThat(year.chosenNextYear())
                    .isEqualTo(result.cells().get(best).get(year.asOfYear()).nextYear());
        }
    }

    @Test
    void theNestedBlendAveragesTheCandidatesBestOnEarlierYearsOnly() {
        assertThat(result.nestedBlend())
                .extracting(WalkForwardStudy.NestedYear::asOfYear)
                .containsExactlyElementsOf(rangeClosed(2001 + WalkForwardStudy.MIN_SELECTION_YEARS, 2013));
        for (WalkForwardStudy.NestedYear year : result.nestedBlend()) {
            int asOf = year.asOfYear();
            List<String> best = CANDIDATES.stream()
                    .sorted(Comparator.comparingDouble((String name) -> result.meanCapture(name, 2001, asOf - 1))
                            .reversed())
                    .limit(WalkForwardStudy.BLEND_SIZE)
                    .toList();
            assertThat(year.chosen()).as("as of %d", asOf).isEqualTo(String.join("+", best));
            double[] blended =
                    result.cells().get(WalkForwardStudy.NESTED_BLEND).get(asOf).expected();
            for (int pipe = 0; pipe < blended.length; pipe += 37) {
                int row = pipe;
                double logMean = best.stream()
                        .mapToDouble(name -> Math.log(
                                Math.max(result.cells().get(name).get(asOf).expected()[row], 1e-12)))
                        .average()
                        .orElseThrow();
                assertThat(blended[pipe]).isCloseTo(Math.exp(logMean), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void aDifferentFutureChangesNoChoiceMadeBeforeIt() {
        List<MainBreak> otherFuture = new ArrayList<>(
                breaks.stream().filter(b -> b.date().getYear() <= 2009).toList());
        for (int i = 1; i < 400; i += 2) { // the future breaks the young pipes instead
            otherFuture.add(Pipes.aBreak("P" + i, "2010-05-05"));
            otherFuture.add(Pipes.aBreak("P" + i, "2013-05-05"));
        }
        WalkForwardStudy.Result other = study(otherFuture).run(CANDIDATES, 2001, 2013, line -> {});

        for (int year = 2004; year <= 2009; year++) {
            int asOf = year;
            assertThat(other.nested().stream()
                            .filter(n -> n.asOfYear() == asOf)
                            .findFirst()
                            .orElseThrow()
                            .chosen())
                    .isEqualTo(result.nested().stream()
                            .filter(n -> n.asOfYear() == asOf)
                            .findFirst()
                            .orElseThrow()
                            .chosen());
            assertThat(other.cells().get("poisson-glm").get(asOf).expected())
                    .containsExactly(result.cells().get("poisson-glm").get(asOf).expected());
        }
    }

    @Test
    void ownBreakRecordsLiftTheShrunkModelAboveTheLookupOnAverage() {
        assertThat(result.meanCapture("eb-stratum", 2001, 2013))
                .isGreaterThan(result.meanCapture("lookup", 2001, 2013));
    }

    @Test
    void calibrationStartsOnceThreeEarlierYearsExistAndScoresTheSamePipeYearsAsTheRawProbabilities() {
        WalkForwardStudy.Calibration calibration =
                WalkForwardStudy.calibrate(result, year -> "poisson-glm", 2001, 2013);

        assertThat(calibration.years())
                .extracting(WalkForwardStudy.CalibratedYear::asOfYear)
                .containsExactlyElementsOf(rangeClosed(2001 + WalkForwardStudy.CALIBRATION_YEARS, 2013));
        assertThat(calibration.calibrated().brier()).isLessThan(0.05);
        assertThat(calibration.calibrated().total()).isEqualTo(calibration.raw().total());
    }

    @Test
    void aStudyWithoutTheLookupIsRefused() {
        assertThatThrownBy(() -> study(breaks).run(List.of("poisson-glm"), 2001, 2002, line -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must include the lookup");
    }

    private static List<Integer> rangeClosed(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
