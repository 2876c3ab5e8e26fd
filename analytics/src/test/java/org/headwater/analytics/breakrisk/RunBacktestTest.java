package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headwater.risk.BacktestFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 8 item 4: the backtests stored with a run, and that they never read past the run's as-of date. */
class RunBacktestTest {

    private static final LocalDate RUN_AS_OF = LocalDate.parse("2015-12-31");
    private static AssetRegister register;
    private static List<MainBreak> breaks;
    private static List<BacktestFigure> figures;
    private static List<String> notes;

    @BeforeAll
    static void backtestTheTown() {
        Random random = new Random(3);
        List<PipeSegment> pipes = new ArrayList<>();
        breaks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean old = i % 2 == 0;
            String id = "P" + i;
            pipes.add(Pipes.aPipe(id, 20 + random.nextInt(200), old ? 1950 + i % 10 : 1995 + i % 10));
            for (int year = 2000; year <= 2015; year++) {
                if (random.nextDouble() < (old ? 0.08 : 0.005)) {
                    breaks.add(Pipes.aBreak(id, year + "-0" + (1 + random.nextInt(9)) + "-10"));
                }
            }
        }
        breaks.sort(java.util.Comparator.comparing(MainBreak::date));
        register = new AssetRegister(pipes, List.of());
        notes = new ArrayList<>();
        figures = backtest(breaks, notes);
    }

    private static List<BacktestFigure> backtest(List<MainBreak> history, List<String> notes) {
        return new RunBacktest(BoostedBreakRiskModel.Settings.defaults(), 2)
                .run(register, new BreakHistory(history, List.of()), RUN_AS_OF, notes);
    }

    @Test
    void oneAndTwoYearsBeforeTheRunModelAndLookupSideBySideOnTheFollowingYear() {
        assertThat(figures)
                .extracting(BacktestFigure::asOf, BacktestFigure::truthTo, BacktestFigure::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.parse("2013-12-31"), LocalDate.parse("2014-12-31"), "model"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.parse("2013-12-31"), LocalDate.parse("2014-12-31"), "lookup"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.parse("2014-12-31"), LocalDate.parse("2015-12-31"), "model"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.parse("2014-12-31"), LocalDate.parse("2015-12-31"), "lookup"));
        long breaksIn2015 =
                breaks.stream().filter(b -> b.date().getYear() == 2015).count();
        assertThat(figures.get(2).breaks()).isEqualTo(breaksIn2015);
        // old pipes break sixteen times as often: both methods find them
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.auc()).isGreaterThan(0.6);
            assertThat(f.captureAt10()).isGreaterThanOrEqualTo(f.captureAt5());
        });
    }

    @Test
    void breaksAfterTheRunsAsOfDateAreNeverUsed() {
        // a flood of later breaks on the new pipes would change both the fit and the truth if read
        List<MainBreak> withFuture = new ArrayList<>(breaks);
        for (int i = 1; i < 300; i += 2) {
            withFuture.add(Pipes.aBreak("P" + i, "2016-03-01"));
            withFuture.add(Pipes.aBreak("P" + i, "2017-03-01"));
        }

        assertThat(backtest(withFuture, new ArrayList<>())).isEqualTo(figures);
    }

    @Test
    void aBacktestYearBeforeAnyBreakIsSkippedAndSaysSo() {
        List<String> skipped = new ArrayList<>();
        List<BacktestFigure> early = new RunBacktest(BoostedBreakRiskModel.Settings.defaults(), 2)
                .run(
                        register,
                        new BreakHistory(breaks, List.of()),
                        breaks.getFirst().date().plusMonths(6),
                        skipped);

        assertThat(early).isEmpty();
        assertThat(skipped).hasSize(2).allSatisfy(note -> assertThat(note).startsWith("no backtest as of"));
    }
}
