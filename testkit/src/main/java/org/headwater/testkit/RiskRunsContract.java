package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.headwater.risk.BacktestFigure;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;
import org.junit.jupiter.api.Test;

/** What every {@link RiskRuns} implementation must do. */
public abstract class RiskRunsContract {

    protected abstract RiskRuns riskRuns();

    private static RiskRun aRun(String trigger, List<DriftFigure> drift) {
        return new RiskRun(
                0,
                Instant.parse("2024-05-02T02:00:00Z"),
                trigger,
                "lightgbm test",
                "trees=3",
                LocalDate.parse("2012-05-02"),
                LocalDate.parse("2024-05-02"),
                3,
                40,
                1.5,
                drift,
                List.of("2 pipe(s) without an install date"));
    }

    private static List<PipeRisk> threePipes() {
        return List.of(
                new PipeRisk(1, "P7", 10, 10, 0.2, 20, List.of("cast iron", "installed 1952")),
                new PipeRisk(2, "P3", 100, 110, 0.5, 5, List.of("3 breaks on this pipe")),
                new PipeRisk(3, "P9", 50, 160, 0.1, 2, List.of()));
    }

    @Test
    void aSavedRunIsTheLatestWithItsDriftAndNotes() {
        List<DriftFigure> drift =
                List.of(new DriftFigure("age years", 0.01, false), new DriftFigure("scores", 0.4, true));

        RiskRun saved = riskRuns().save(aRun("schedule", drift), threePipes());

        assertThat(saved.id()).isPositive();
        RiskRun latest = riskRuns().latest().orElseThrow();
        assertThat(latest).isEqualTo(saved);
        assertThat(latest.drifted()).isTrue();
        assertThat(latest.notes()).containsExactly("2 pipe(s) without an install date");
    }

    @Test
    void aRunKeepsItsBacktestsInOrderIncludingAYearWithoutBreaks() {
        List<BacktestFigure> backtests = List.of(
                new BacktestFigure(
                        LocalDate.parse("2022-05-02"), LocalDate.parse("2023-05-02"), "model", 12, 2, 0.25, 0.5, 0.8),
                new BacktestFigure(
                        LocalDate.parse("2022-05-02"),
                        LocalDate.parse("2023-05-02"),
                        "lookup",
                        0,
                        0,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN));
        RiskRun withBacktests = aRun("schedule", List.of()).withFigures(List.of(), backtests);

        riskRuns().save(withBacktests, threePipes());

        assertThat(riskRuns().latest().orElseThrow().backtests()).isEqualTo(backtests);
    }

    @Test
    void runsAreListedNewestFirst() {
        RiskRun first = riskRuns().save(aRun("first", List.of()), threePipes());
        RiskRun second = riskRuns().save(aRun("second", List.of()), threePipes());

        assertThat(riskRuns().recent(2)).extracting(RiskRun::id).containsExactly(second.id(), first.id());
    }

    @Test
    void theRankingComesBackInRankOrderPagedAndCutAtTheBudget() {
        long id = riskRuns().save(aRun("schedule", List.of()), threePipes()).id();

        assertThat(riskRuns().ranking(id, Double.POSITIVE_INFINITY, 0, 10))
                .extracting(PipeRisk::pipeId)
                .containsExactly("P7", "P3", "P9");
        assertThat(riskRuns().ranking(id, Double.POSITIVE_INFINITY, 1, 1))
                .extracting(PipeRisk::pipeId)
                .containsExactly("P3");
        assertThat(riskRuns().ranking(id, 110, 0, 10))
                .extracting(PipeRisk::pipeId)
                .containsExactly("P7", "P3");
        assertThat(riskRuns().countWithin(id, 110)).isEqualTo(2);
        assertThat(riskRuns().countWithin(id, Double.POSITIVE_INFINITY)).isEqualTo(3);
        PipeRisk top = riskRuns().ranking(id, 10, 0, 10).getFirst();
        assertThat(top.factors()).containsExactly("cast iron", "installed 1952");
        assertThat(top.likelihood()).isCloseTo(0.2, within(1e-12));
    }
}
