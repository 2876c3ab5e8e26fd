package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.headwater.risk.BacktestFigure;

/**
 * The walk-forward backtest stored with each platform run: as of one, two ... years before the
 * run's as-of date, the model and the breaks-per-km lookup are fitted on the breaks up to that date
 * and scored on the breaks of the year that follows. Only breaks on or before the run's as-of date
 * are ever read, so a backtest never sees what the run itself could not.
 */
public final class RunBacktest {

    private final BoostedBreakRiskModel.Settings settings;
    private final int years;

    /** {@code years} backtests per run (0 turns them off). */
    public RunBacktest(BoostedBreakRiskModel.Settings settings, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("backtest years must be >= 0, was " + years);
        }
        this.settings = settings;
        this.years = years;
    }

    public int years() {
        return years;
    }

    /** Model and lookup figures per backtest year, oldest as-of first; notes say which years were skipped. */
    public List<BacktestFigure> run(
            AssetRegister register, BreakHistory history, LocalDate runAsOf, List<String> notes) {
        BreakHistory known = history.upTo(runAsOf);
        List<BacktestFigure> figures = new ArrayList<>();
        for (int back = years; back >= 1; back--) {
            LocalDate asOf = runAsOf.minusYears(back);
            LocalDate truthTo = asOf.plusYears(1);
            BreakHistory fitted = known.upTo(asOf);
            if (fitted.isEmpty() || register.inServiceOn(asOf).isEmpty()) {
                notes.add("no backtest as of " + asOf + ": no breaks or no pipes in service by then");
                continue;
            }
            List<MainBreak> truth = known.breaks().stream()
                    .filter(b -> b.date().isAfter(asOf) && !b.date().isAfter(truthTo))
                    .toList();
            figures.add(figure(
                    "model",
                    asOf,
                    truthTo,
                    // the run's model; uncalibrated, since capture and AUC score the order only
                    CalibratedBreakRiskModel.chosen(settings.trainingYears())
                            .uncalibrated()
                            .rank(register, fitted, asOf),
                    truth));
            figures.add(figure(
                    "lookup",
                    asOf,
                    truthTo,
                    new StratifiedRateBaseline(settings.trainingYears()).rank(register, fitted, asOf),
                    truth));
        }
        return figures;
    }

    private static BacktestFigure figure(
            String method, LocalDate asOf, LocalDate truthTo, RiskRanking ranking, List<MainBreak> truth) {
        YearScore score = WalkForwardEvaluation.scoreWindow(ranking, truthTo.getYear(), truth);
        return new BacktestFigure(
                asOf,
                truthTo,
                method,
                score.breaks(),
                score.unjoinedBreaks(),
                score.captureAt5(),
                score.captureAt10(),
                score.auc());
    }
}
