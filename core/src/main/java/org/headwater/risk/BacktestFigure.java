package org.headwater.risk;

import java.time.LocalDate;

/**
 * One method's walk-forward backtest inside a run: fitted on the breaks up to {@code asOf} only,
 * scored against the breaks of the following year ({@code asOf} exclusive to {@code truthTo}
 * inclusive).
 *
 * @param asOf the backtest's as-of date, one or more years before the run's
 * @param truthTo end of the truth year
 * @param method "model" for the run's model, "lookup" for the breaks-per-km baseline
 * @param breaks truth breaks on a ranked pipe
 * @param unjoinedBreaks truth breaks on pipes not ranked (unknown asset or not in service)
 * @param captureAt5 share of the joined breaks on the top-ranked pipes making up 5 % of length
 * @param captureAt10 the same for 10 % of length
 * @param auc per-pipe ROC AUC (NaN when the year has no joined break)
 */
public record BacktestFigure(
        LocalDate asOf,
        LocalDate truthTo,
        String method,
        int breaks,
        int unjoinedBreaks,
        double captureAt5,
        double captureAt10,
        double auc) {}
