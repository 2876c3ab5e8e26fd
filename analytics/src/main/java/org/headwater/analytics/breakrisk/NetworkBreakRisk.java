package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.network.Network;
import org.headwater.risk.BacktestFigure;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RecordedBreak;

/**
 * One platform scoring run: the network's pipes and the stored breaks in, the ranked and explained
 * inspection list and the drift against the previous run out. No I/O: the caller loads and stores.
 */
public final class NetworkBreakRisk {

    /** Bumped whenever the features or the settings change, so stored runs say which model made them. */
    public static final String MODEL_VERSION = "calibrated-break-risk 3 (" + CalibratedBreakRiskModel.CHOSEN + ")";

    private final BoostedBreakRiskModel.Settings settings;
    private final RunBacktest backtest;

    /** A run without backtests. */
    public NetworkBreakRisk(BoostedBreakRiskModel.Settings settings) {
        this(settings, 0);
    }

    /** A run that also backtests as of 1 .. {@code backtestYears} years before its as-of date. */
    public NetworkBreakRisk(BoostedBreakRiskModel.Settings settings, int backtestYears) {
        this.settings = settings;
        this.backtest = new RunBacktest(settings, backtestYears);
    }

    /** What the previous run scored: its date and its likelihoods, for the drift check. */
    public record PreviousRun(LocalDate asOf, double[] likelihoods) {}

    /** The outcome of {@link #score}. */
    public record Scored(
            LocalDate trainingFrom,
            LocalDate asOf,
            int breaks,
            List<PipeRisk> ranking,
            List<DriftFigure> drift,
            List<String> notes,
            List<BacktestFigure> backtests) {}

    public BoostedBreakRiskModel.Settings settings() {
        return settings;
    }

    /** The settings stored with a run: the model, its training years and calibration years. */
    public String settingsText() {
        return "model=" + CalibratedBreakRiskModel.CHOSEN + " trainingYears=" + settings.trainingYears()
                + " calibrationYears=" + CalibratedBreakRiskModel.CALIBRATION_YEARS + " backtestYears="
                + backtest.years();
    }

    /**
     * Trains on the breaks up to {@code today} and ranks every pipe in service. When the stored
     * break record ends more than a year before {@code today}, the run is made as of the last
     * recorded break instead: years without records would teach the model that nothing breaks.
     */
    public Scored score(
            Network network, List<RecordedBreak> storedBreaks, LocalDate today, Optional<PreviousRun> previous) {
        NetworkPipes pipes = NetworkPipes.of(network);
        if (pipes.register().segments().isEmpty()) {
            throw new IllegalStateException("the network has no PIPE elements in service: import the asset"
                    + " register first (./headwater import network FILE)");
        }
        if (storedBreaks.isEmpty()) {
            throw new IllegalStateException(
                    "no main breaks are stored: import the break history first (./headwater import breaks FILE)");
        }
        BreakHistory history = new BreakHistory(
                storedBreaks.stream().map(NetworkBreakRisk::mainBreak).toList(), List.of());
        List<String> notes = new ArrayList<>(pipes.register().notes());
        LocalDate asOf = scoringDate(history, today, notes);
        BreakHistory used = history.upTo(asOf);
        simulatedNote(storedBreaks, asOf, used).ifPresent(note -> notes.addFirst(note));
        notes.addAll(pipes.register().joinNotes(used));
        // the model eval break-risk scores, on the same code path (ADR 0021)
        RiskRanking ranking =
                CalibratedBreakRiskModel.chosen(settings.trainingYears()).rank(pipes.register(), used, asOf);
        List<PipeRisk> ranked = ranked(ranking, pipes);
        List<DriftFigure> drift = previous.map(p -> drift(pipes.register(), used, p, asOf, ranked))
                .orElse(List.of());
        List<BacktestFigure> backtests = backtest.run(pipes.register(), used, asOf, notes);
        return new Scored(trainingFrom(used, asOf), asOf, used.breaks().size(), ranked, drift, notes, backtests);
    }

    private static LocalDate scoringDate(BreakHistory history, LocalDate today, List<String> notes) {
        BreakHistory known = history.upTo(today);
        if (known.isEmpty()) {
            throw new IllegalStateException("no main break is dated on or before " + today);
        }
        if (known.lastDate().isBefore(today.minusYears(1))) {
            notes.add("the break record ends on " + known.lastDate() + ": trained and scored as of that date;"
                    + " import newer breaks to score as of " + today);
            return known.lastDate();
        }
        return today;
    }

    /** Says first, in plain words, when breaks the run learned from were simulated, not recorded. */
    static Optional<String> simulatedNote(List<RecordedBreak> stored, LocalDate asOf, BreakHistory used) {
        long simulated = stored.stream()
                .filter(b -> b.simulated() && !b.date().isAfter(asOf))
                .count();
        if (simulated == 0) {
            return Optional.empty();
        }
        return Optional.of("SIMULATED break history: " + simulated + " of the "
                + used.breaks().size()
                + " breaks used were simulated, not recorded by a utility (incident ids "
                + RecordedBreak.SIMULATED_PREFIX + "...); the ranking shows how the model works, not where mains"
                + " will break");
    }

    private static MainBreak mainBreak(RecordedBreak b) {
        return new MainBreak(b.incidentId(), b.date(), b.assetId(), b.streetSegment());
    }

    private static List<PipeRisk> ranked(RiskRanking ranking, NetworkPipes pipes) {
        List<PipeRisk> ranked = new ArrayList<>(ranking.segments().size());
        double cumulative = 0;
        for (SegmentRisk segment : ranking.segments()) {
            cumulative += segment.lengthMetres();
            ranked.add(new PipeRisk(
                    ranked.size() + 1,
                    pipes.elementId(segment.assetId()),
                    segment.lengthMetres(),
                    cumulative,
                    segment.likelihood(),
                    segment.priority(),
                    segment.factors().stream().map(FactorWording::of).toList()));
        }
        return ranked;
    }

    /** Start of the oldest training window, following {@link TrainingWindows}' rule. */
    private LocalDate trainingFrom(BreakHistory history, LocalDate asOf) {
        int firstFullYear = history.firstFullYear();
        LocalDate from = asOf;
        for (int back = 1; back <= settings.trainingYears(); back++) {
            if (asOf.minusYears(back).getYear() < firstFullYear) {
                break;
            }
            from = asOf.minusYears(back);
        }
        return from;
    }

    /**
     * Inputs compared between the network as it was at the previous run's date and now, scores
     * between the previous run's list and this one; each above the threshold is flagged.
     */
    private static List<DriftFigure> drift(
            AssetRegister register, BreakHistory history, PreviousRun previous, LocalDate asOf, List<PipeRisk> ranked) {
        List<DriftFigure> figures = new ArrayList<>();
        Map<RiskFeature, Double> byFeature = new EnumMap<>(
                FeatureDrift.between(register, history, previous.asOf(), asOf).indexByFeature());
        byFeature.forEach((feature, index) -> figures.add(figure(feature.label(), index)));
        if (previous.likelihoods().length > 0 && !ranked.isEmpty()) {
            double[] now = ranked.stream().mapToDouble(PipeRisk::likelihood).toArray();
            figures.add(figure("scores", PopulationStabilityIndex.of(previous.likelihoods(), now)));
        }
        return figures;
    }

    private static DriftFigure figure(String name, double index) {
        return new DriftFigure(name, index, index > PopulationStabilityIndex.DRIFT_THRESHOLD);
    }
}
