package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headwater.analytics.breakrisk.AssetRegister;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.MainBreak;
import org.headwater.analytics.breakrisk.PipeSegment;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.risk.RecordedBreak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedBreakHistoryTest {

    static final Path KITCHENER = Path.of("../data/water-main-breaks-kitchener");
    static final LocalDate UNTIL = LocalDate.parse("2026-12-07");

    static Network utility;

    @BeforeAll
    static void theDemoNetwork() throws Exception {
        DemoUtilityNetworkTest.buildFromTheShippedLTown();
        utility = DemoUtilityNetworkTest.utility;
    }

    /** The borrowed rates are what the shipped Kitchener files say: breaks 1997-2019 per km of mains per year. */
    @Test
    void theRatesAreKitchenersBreaksPerKmYearByDiameterClass() {
        AssetRegister register =
                AssetRegister.readKitchener(KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));
        Map<String, PipeSegment> byAsset =
                register.segments().stream().collect(Collectors.toMap(PipeSegment::assetId, Function.identity()));
        BreakHistory breaks = BreakHistory.read(KITCHENER.resolve("water_main_breaks_1985-2019.csv.gz"));
        int years = 2019 - 1997 + 1;
        double lower = 0;
        for (double[] limitAndRate : SimulatedBreakHistory.KITCHENER_RATE_BY_DIAMETER) {
            double low = lower;
            double upper = limitAndRate[0];
            double km = register.segments().stream()
                            .filter(s -> s.diameterMm() > low && s.diameterMm() <= upper)
                            .mapToDouble(PipeSegment::lengthMetres)
                            .sum()
                    / 1000;
            long inClass = breaks.breaks().stream()
                    .filter(b -> b.date().getYear() >= 1997)
                    .map(MainBreak::assetId)
                    .map(byAsset::get)
                    .filter(s -> s != null && s.diameterMm() > low && s.diameterMm() <= upper)
                    .count();
            assertThat(limitAndRate[1])
                    .as("rate for diameters in (%s, %s] mm", low, upper)
                    .isCloseTo(inClass / km / years, within(0.05 * limitAndRate[1]));
            lower = upper;
        }
    }

    @Test
    void theHistoryIsLabelledSimulatedOnTheNetworksPipesAndTheSameForTheSameSeed() {
        var history = SimulatedBreakHistory.simulate(utility, UNTIL, 7);

        assertThat(history).isEqualTo(SimulatedBreakHistory.simulate(utility, UNTIL, 7));
        assertThat(history).allSatisfy(b -> assertThat(b.simulated()).isTrue());
        Set<String> pipes = utility.elements(ElementKind.PIPE)
                .map(p -> p.attribute(Attr.SOURCE_ID).orElse(p.id()))
                .collect(Collectors.toSet());
        assertThat(history).allSatisfy(b -> assertThat(pipes).contains(b.assetId()));
        assertThat(history)
                .allSatisfy(b -> assertThat(b.date())
                        .isAfterOrEqualTo(LocalDate.of(SimulatedBreakHistory.FIRST_YEAR, 1, 1))
                        .isBefore(UNTIL));
        assertThat(history.stream().map(RecordedBreak::incidentId).distinct()).hasSize(history.size());
    }

    @Test
    void theHistoryHasKitchenersRatesOnLTownsPipesAndPipesThatBreakAgain() {
        var history = SimulatedBreakHistory.simulate(utility, UNTIL, 7);

        double expected = utility.elements(ElementKind.PIPE)
                        .mapToDouble(p -> SimulatedBreakHistory.ratePerKmYear(
                                        p.number(Attr.DIAMETER_MM).orElse(Double.NaN))
                                * p.number(Attr.LENGTH_M).orElse(0.0)
                                / 1000)
                        .sum()
                * (UNTIL.toEpochDay()
                        - LocalDate.of(SimulatedBreakHistory.FIRST_YEAR, 1, 1).toEpochDay())
                / 365.25;
        // the frailty has mean 1, so the total stays near the rates' expectation (a lognormal sum: loose bounds)
        assertThat((double) history.size()).isBetween(0.6 * expected, 1.5 * expected);
        Map<String, Long> perPipe =
                history.stream().collect(Collectors.groupingBy(RecordedBreak::assetId, Collectors.counting()));
        assertThat(perPipe.values().stream().filter(n -> n >= 3).count()).isGreaterThan(5);
    }
}
