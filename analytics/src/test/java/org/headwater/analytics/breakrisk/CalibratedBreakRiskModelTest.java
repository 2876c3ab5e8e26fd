package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's model (ADR 0021) on the shipped Kitchener data, with 4 training years to keep the
 * test short: no look at the future, only pipes in service, reasons in words, probabilities that
 * come from the calibration on earlier years.
 */
class CalibratedBreakRiskModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2012, 12, 31);
    private static AssetRegister register;
    private static BreakHistory history;
    private static RiskRanking ranking;
    private static RiskRanking rankingWithAnotherFuture;

    @BeforeAll
    static void rankTheNetworkTwice() {
        register = AssetRegister.readKitchener(
                KitchenerReadersTest.KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));
        history = BreakHistory.read(KitchenerReadersTest.KITCHENER.resolve("water_main_breaks_1985-2019.csv.gz"));
        List<MainBreak> otherFuture = new ArrayList<>(history.upTo(AS_OF).breaks());
        register.inServiceOn(AS_OF).stream()
                .limit(300)
                .forEach(pipe -> otherFuture.add(new MainBreak("fake", LocalDate.of(2013, 6, 1), pipe.assetId(), "")));
        CalibratedBreakRiskModel model = CalibratedBreakRiskModel.chosen(4);
        ranking = model.rank(register, history, AS_OF);
        rankingWithAnotherFuture = model.rank(register, new BreakHistory(otherFuture, List.of()), AS_OF);
    }

    @Test
    void changingBreaksAfterTheAsOfDateLeavesTheRankingAndItsProbabilitiesUnchanged() {
        assertThat(rankingWithAnotherFuture.segments()).isEqualTo(ranking.segments());
    }

    @Test
    void ranksEveryPipeInServiceAndNoLaterOne() {
        Set<String> inService =
                register.inServiceOn(AS_OF).stream().map(PipeSegment::assetId).collect(Collectors.toSet());

        assertThat(ranking.segments()).extracting(SegmentRisk::assetId).containsExactlyInAnyOrderElementsOf(inService);
    }

    @Test
    void explainsItsTopPipesInWordsWithTheirOwnRecordFirst() {
        for (SegmentRisk risk : ranking.segments().subList(0, 50)) {
            assertThat(risk.factors()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(risk.factors())
                    .extracting(RiskFactor::contribution)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a));
            risk.factors().forEach(FactorWording::of); // every reason has words for the superintendent
        }
        assertThat(ranking.segments().getFirst().factors().getFirst().factor())
                .isEqualTo(RiskFeature.BREAKS_ON_PIPE.label());
    }

    @Test
    void statesProbabilitiesWhoseSumIsCloseToTheBreaksOfTheCalibrationYears() {
        double expectedPipesBreaking =
                ranking.segments().stream().mapToDouble(SegmentRisk::likelihood).sum();
        // pipes with at least one break in each of the three calibration years (2010-2012)
        double observedPerYear = history.breaks().stream()
                        .filter(b -> b.date().getYear() >= 2010 && b.date().getYear() <= 2012)
                        .map(b -> b.date().getYear() + b.assetId())
                        .distinct()
                        .count()
                / 3.0;

        assertThat(ranking.segments())
                .allSatisfy(risk -> assertThat(risk.likelihood()).isBetween(0.0, 1.0));
        // the register holds only the joined pipes, so fewer pipes than breaks: within a third
        assertThat(expectedPipesBreaking).isBetween(observedPerYear * 0.5, observedPerYear * 1.1);
    }
}
