package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rankers on the shipped Kitchener register and break history, with small, fast model settings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreakRiskRankingTest {

    static final LocalDate AS_OF = LocalDate.of(2012, 12, 31);

    AssetRegister register;
    BreakHistory history;

    @BeforeAll
    void readShippedData() {
        register = AssetRegister.readKitchener(
                KitchenerReadersTest.KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));
        history = BreakHistory.read(KitchenerReadersTest.KITCHENER.resolve("water_main_breaks_1985-2019.csv.gz"));
    }

    static BoostedBreakRiskModel smallModel() {
        return new BoostedBreakRiskModel(new BoostedBreakRiskModel.Settings(4, 60, 0.1, 15, 200, 1, 7, 50));
    }

    Stream<BreakRiskRanker> rankers() {
        return Stream.of(
                smallModel(), new StratifiedRateBaseline(4), FeatureBaseline.age(), FeatureBaseline.priorBreaks());
    }

    @ParameterizedTest
    @MethodSource("rankers")
    void changingBreaksAfterTheAsOfDateLeavesTheRankingUnchanged(BreakRiskRanker ranker) {
        List<MainBreak> rewrittenFuture = new ArrayList<>(history.upTo(AS_OF).breaks());
        // the future replaced by a different one: many breaks on the pipes with the fewest before
        register.inServiceOn(AS_OF).stream()
                .limit(300)
                .forEach(pipe ->
                        rewrittenFuture.add(new MainBreak("fake", LocalDate.of(2013, 6, 1), pipe.assetId(), "")));

        RiskRanking withTrueFuture = ranker.rank(register, history, AS_OF);
        RiskRanking withOtherFuture = ranker.rank(register, new BreakHistory(rewrittenFuture, List.of()), AS_OF);

        assertThat(withOtherFuture.segments()).isEqualTo(withTrueFuture.segments());
    }

    @ParameterizedTest
    @MethodSource("rankers")
    void pipesInstalledAfterTheAsOfDateAreNotRanked(BreakRiskRanker ranker) {
        RiskRanking ranking = ranker.rank(register, history, AS_OF);

        List<String> laterPipes = register.segments().stream()
                .filter(pipe -> pipe.installed() != null && pipe.installed().isAfter(AS_OF))
                .map(PipeSegment::assetId)
                .toList();
        assertThat(laterPipes).hasSizeGreaterThan(1_000);
        assertThat(ranking.segments()).extracting(SegmentRisk::assetId).doesNotContainAnyElementsOf(laterPipes);
        assertThat(ranking.segments()).hasSize(register.segments().size() - laterPipes.size());
    }

    @Test
    void theModelExplainsEachHighRiskPipeWithItsStrongestFactors() {
        RiskRanking ranking = smallModel().rank(register, history, AS_OF);

        for (SegmentRisk risk : ranking.segments().subList(0, 50)) {
            assertThat(risk.factors()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(risk.factors())
                    .extracting(RiskFactor::contribution)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
        // the riskiest pipe is there because of its own break record
        assertThat(ranking.segments().getFirst().factors())
                .extracting(RiskFactor::factor)
                .containsAnyOf(
                        RiskFeature.BREAKS_ON_PIPE.label(),
                        RiskFeature.BREAKS_LAST_3_YEARS.label(),
                        RiskFeature.YEARS_SINCE_LAST_BREAK.label());
    }

    @Test
    void theModelCatchesFarMoreNextYearBreaksThanAgeOrChance() {
        BreakHistory truth =
                new BreakHistory(history.upTo(LocalDate.of(2014, 12, 31)).breaks(), List.of());
        Map<String, Double> meanCapture = Stream.of(smallModel(), FeatureBaseline.age())
                .collect(Collectors.toMap(
                        BreakRiskRanker::name,
                        ranker -> WalkForwardEvaluation.meanCaptureAt5(
                                WalkForwardEvaluation.score(ranker.rank(register, history, AS_OF), truth))));

        // random ranking catches about 5 %; age about 10 % on this network
        assertThat(meanCapture.get("lightgbm")).isGreaterThan(0.2).isGreaterThan(meanCapture.get("age"));
    }

    @Test
    void scoresOneLinePerCalendarYearAfterTheAsOfDate() {
        BreakHistory truth =
                new BreakHistory(history.upTo(LocalDate.of(2015, 12, 31)).breaks(), List.of());

        List<YearScore> scores =
                WalkForwardEvaluation.score(FeatureBaseline.priorBreaks().rank(register, history, AS_OF), truth);

        assertThat(scores).extracting(YearScore::year).containsExactly(2013, 2014, 2015);
        assertThat(scores).allSatisfy(score -> assertThat(score.auc()).isBetween(0.5, 1.0));
        Map<Integer, Long> breaksPerYear = truth.byYearAfter(AS_OF).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> (long) e.getValue().size()));
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.breaks() + score.unjoinedBreaks())
                        .isEqualTo(breaksPerYear.get(score.year()).intValue()));
    }
}
