package org.headwater.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One scoring of every pipe in service, as stored.
 *
 * @param id the store's id (0 before the run is saved)
 * @param finishedAt when the run finished, in the server clock's time
 * @param trigger what started it: "schedule" or "on demand by USER"
 * @param model the model's name and version
 * @param settings the model's settings, as text
 * @param trainingFrom start of the oldest training window
 * @param asOf end of training and the date the pipes were scored at
 * @param pipes how many pipes were scored
 * @param breaks how many stored breaks were on or before {@code asOf}
 * @param seconds how long the run took
 * @param drift inputs and scores compared with the previous run; empty for the first run
 * @param notes what the run had to assume (missing install dates, breaks on unknown pipes ...)
 * @param backtests walk-forward backtests on the stored breaks before {@code asOf}; empty when
 *     turned off or when the history is too short
 */
public record RiskRun(
        long id,
        Instant finishedAt,
        String trigger,
        String model,
        String settings,
        LocalDate trainingFrom,
        LocalDate asOf,
        int pipes,
        int breaks,
        double seconds,
        List<DriftFigure> drift,
        List<String> notes,
        List<BacktestFigure> backtests) {

    public RiskRun {
        drift = List.copyOf(drift);
        notes = List.copyOf(notes);
        backtests = List.copyOf(backtests);
    }

    /** A run without backtests. */
    public RiskRun(
            long id,
            Instant finishedAt,
            String trigger,
            String model,
            String settings,
            LocalDate trainingFrom,
            LocalDate asOf,
            int pipes,
            int breaks,
            double seconds,
            List<DriftFigure> drift,
            List<String> notes) {
        this(
                id,
                finishedAt,
                trigger,
                model,
                settings,
                trainingFrom,
                asOf,
                pipes,
                breaks,
                seconds,
                drift,
                notes,
                List.of());
    }

    public RiskRun withId(long newId) {
        return copy(newId, drift, backtests);
    }

    /** The same run with the drift and backtest figures read back from a store. */
    public RiskRun withFigures(List<DriftFigure> newDrift, List<BacktestFigure> newBacktests) {
        return copy(id, newDrift, newBacktests);
    }

    private RiskRun copy(long newId, List<DriftFigure> newDrift, List<BacktestFigure> newBacktests) {
        return new RiskRun(
                newId,
                finishedAt,
                trigger,
                model,
                settings,
                trainingFrom,
                asOf,
                pipes,
                breaks,
                seconds,
                newDrift,
                notes,
                newBacktests);
    }

    /** Whether any input or the scores moved past the drift threshold since the previous run. */
    public boolean drifted() {
        return drift.stream().anyMatch(DriftFigure::drifted);
    }
}
