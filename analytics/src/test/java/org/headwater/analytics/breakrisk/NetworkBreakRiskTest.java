package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RecordedBreak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A made-up town where old cast-iron mains break and newer PVC ones rarely do; the record stops in 2015. */
class NetworkBreakRiskTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static Network town;
    private static List<RecordedBreak> breaks;
    private static NetworkBreakRisk.Scored scored;

    @BeforeAll
    static void scoreTheTown() {
        Random random = new Random(8);
        Network.Builder network = Network.builder("town");
        breaks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean castIron = i % 2 == 0;
            String assetId = Integer.toString(1000 + i);
            network.add(new NetworkElement(
                    "net:" + assetId,
                    ElementKind.PIPE,
                    assetId,
                    null,
                    Map.of(
                            Attr.SOURCE_ID,
                            assetId,
                            Attr.MATERIAL,
                            castIron ? "CI" : "PVC",
                            Attr.DIAMETER_MM,
                            "150",
                            Attr.LENGTH_M,
                            Integer.toString(20 + random.nextInt(200)),
                            Attr.INSTALL_YEAR,
                            Integer.toString(castIron ? 1950 + i % 10 : 1990 + i % 10))));
            for (int year = 1997; year <= 2015; year++) {
                if (random.nextDouble() < (castIron ? 0.08 : 0.005)) {
                    breaks.add(new RecordedBreak(
                            "I-" + assetId + "-" + year, LocalDate.of(year, 1 + random.nextInt(12), 10), assetId, ""));
                }
            }
        }
        town = network.build();
        scored = new NetworkBreakRisk(BoostedBreakRiskModel.Settings.defaults())
                .score(town, breaks, TODAY, Optional.empty());
    }

    private static LocalDate lastBreak() {
        return breaks.stream()
                .map(RecordedBreak::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    @Test
    void aRecordThatStoppedYearsAgoIsScoredAsOfItsLastBreakAndSaysSo() {
        assertThat(scored.asOf()).isEqualTo(lastBreak());
        assertThat(scored.trainingFrom()).isEqualTo(lastBreak().minusYears(12));
        assertThat(scored.breaks()).isEqualTo(breaks.size());
        assertThat(scored.notes())
                .anySatisfy(note -> assertThat(note).contains("the break record ends on " + lastBreak()));
    }

    @Test
    void everyPipeIsRankedUnderItsNetworkIdWithTheLengthUsedSoFar() {
        List<PipeRisk> ranking = scored.ranking();

        assertThat(ranking).hasSize(400);
        double cumulative = 0;
        for (int i = 0; i < ranking.size(); i++) {
            PipeRisk pipe = ranking.get(i);
            cumulative += pipe.lengthMetres();
            assertThat(pipe.rank()).isEqualTo(i + 1);
            assertThat(pipe.pipeId()).startsWith("net:");
            assertThat(pipe.cumulativeLengthMetres()).isCloseTo(cumulative, within(1e-6));
        }
        long castIronInTopHundred = ranking.subList(0, 100).stream()
                .filter(p -> Integer.parseInt(p.pipeId().substring(4)) % 2 == 0)
                .count();
        assertThat(castIronInTopHundred).isGreaterThan(80);
    }

    @Test
    void scoresFarFromThePreviousRunsAreFlaggedAsDrift() {
        // last night's model was four times as alarmed about every pipe
        double[] previousLikelihoods = scored.ranking().stream()
                .mapToDouble(p -> Math.min(1, 4 * p.likelihood()))
                .toArray();

        NetworkBreakRisk.Scored next = new NetworkBreakRisk(BoostedBreakRiskModel.Settings.defaults())
                .score(
                        town,
                        breaks,
                        TODAY,
                        Optional.of(new NetworkBreakRisk.PreviousRun(scored.asOf(), previousLikelihoods)));

        assertThat(next.drift()).extracting(DriftFigure::name).contains("age years", "material", "scores");
        assertThat(next.drift())
                .filteredOn(DriftFigure::drifted)
                .extracting(DriftFigure::name)
                .containsExactly("scores");
    }

    @Test
    void withoutStoredBreaksTheRunSaysWhatToImport() {
        assertThatThrownBy(() -> new NetworkBreakRisk(BoostedBreakRiskModel.Settings.defaults())
                        .score(town, List.of(), TODAY, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("import breaks");
    }
}
