package org.headwater.app.cli.eval;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.headwater.analytics.breakrisk.AssetRegister;
import org.headwater.analytics.breakrisk.BoostedBreakRiskModel;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.BreakRiskRanker;
import org.headwater.analytics.breakrisk.CalibratedBreakRiskModel;
import org.headwater.analytics.breakrisk.FeatureBaseline;
import org.headwater.analytics.breakrisk.RankingCsv;
import org.headwater.analytics.breakrisk.RiskRanking;
import org.headwater.analytics.breakrisk.StratifiedRateBaseline;
import org.headwater.analytics.breakrisk.WalkForwardEvaluation;
import org.headwater.analytics.breakrisk.YearScore;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval break-risk}: fits on the breaks up to {@code --as-of}, ranks every main
 * in service then, and scores the ranking against each later calendar year of {@code --truth}.
 * The last line is {@code capture@5% <mean over years, in percent>}.
 */
@Command(
        name = "break-risk",
        mixinStandardHelpOptions = true,
        description = {
            "Walk-forward backtest of main-break risk on a Kitchener-format register and break history.",
            "Per truth year: capture@5% and capture@10% (percent of that year's main breaks, joined on asset id,"
                    + " on the top-ranked segments making up 5 % / 10 % of network length) and per-segment ROC AUC.",
            "The last line is `capture@5% <mean over years>` (percent)."
        })
public final class BreakRiskEval implements Callable<Integer> {

    /** Which ranking is scored and written. */
    enum Method {
        MODEL,
        LIGHTGBM,
        LOOKUP,
        AGE,
        PRIOR_BREAKS
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--inventory",
            required = true,
            paramLabel = "FILE",
            description = "Water mains register (.csv or .csv.gz).")
    Path inventoryFile;

    @Option(
            names = "--breaks",
            required = true,
            paramLabel = "FILE",
            description = "Break history; only breaks up to --as-of are used.")
    Path breaksFile;

    @Option(
            names = "--as-of",
            required = true,
            paramLabel = "YYYY-MM-DD",
            description = "Ranking date; fitting sees nothing later.")
    String asOfText;

    @Option(
            names = "--truth",
            required = true,
            paramLabel = "FILE",
            description = "Breaks to score against; each calendar year after --as-of is one line.")
    Path truthFile;

    @Option(names = "--ranking-out", paramLabel = "FILE", description = "Write the ranked, explained list as CSV.")
    Path rankingOut;

    @Option(
            names = "--method",
            defaultValue = "model",
            paramLabel = "METHOD",
            description =
                    "model (default: the platform's model, ADR 0021 and 0036), lightgbm (issue 8's classifier), lookup, age"
                            + " or prior_breaks: the ranking scored on the last line.")
    Method method;

    @Option(
            names = "--candidate",
            paramLabel = "NAME",
            description = "With --method model: score this candidate of `eval break-risk-walk-forward` instead of the"
                    + " chosen one (calibrated the same way).")
    String candidate;

    @Option(
            names = "--baselines",
            description =
                    "Also print the lookup's, issue 8's LightGBM's, age's and prior breaks' lines, before the method's.")
    boolean baselines;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "LightGBM threads (default 1).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        quietNativeLoaderLog();
        try {
            LocalDate asOf = parseAsOf();
            AssetRegister register = AssetRegister.readKitchener(inventoryFile);
            BreakHistory history = BreakHistory.read(breaksFile);
            BreakHistory truth = BreakHistory.read(truthFile);
            WalkForwardEvaluation.checkAsOf(history, asOf);
            if (truth.byYearAfter(asOf).isEmpty()) {
                throw new IllegalArgumentException(
                        "--truth " + truthFile + " holds no main break after --as-of " + asOf);
            }
            reportNotes(register, history);
            if (baselines) {
                for (Method baseline : List.of(Method.LOOKUP, Method.LIGHTGBM, Method.AGE, Method.PRIOR_BREAKS)) {
                    if (baseline != method) {
                        WalkForwardEvaluation.score(ranker(baseline).rank(register, history, asOf), truth)
                                .forEach(score -> out.println(score.line()));
                    }
                }
            }
            RiskRanking ranking = ranker(method).rank(register, history, asOf);
            List<YearScore> scores = WalkForwardEvaluation.score(ranking, truth);
            scores.forEach(score -> out.println(score.line()));
            if (rankingOut != null) {
                RankingCsv.write(ranking, rankingOut);
            }
            out.printf(Locale.ROOT, "capture@5%% %.1f%n", 100 * WalkForwardEvaluation.meanCaptureAt5(scores));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private LocalDate parseAsOf() {
        try {
            return LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of '" + asOfText + "' is not a date like 2016-12-31", e);
        }
    }

    private BreakRiskRanker ranker(Method which) {
        BoostedBreakRiskModel.Settings defaults = BoostedBreakRiskModel.Settings.defaults();
        return switch (which) {
            case MODEL ->
                candidate == null
                        ? CalibratedBreakRiskModel.chosen(defaults.trainingYears())
                        : CalibratedBreakRiskModel.of(candidate, defaults.trainingYears());
            case LIGHTGBM -> new BoostedBreakRiskModel(defaults.withThreads(threads));
            case LOOKUP -> new StratifiedRateBaseline(defaults.trainingYears());
            case AGE -> FeatureBaseline.age();
            case PRIOR_BREAKS -> FeatureBaseline.priorBreaks();
        };
    }

    /** lightgbm4j logs every step of extracting its native library at INFO, between the result lines. */
    static void quietNativeLoaderLog() {
        if (LoggerFactory.getLogger("io.github.metarank.lightgbm4j") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }

    /** Data-quality notes go to stderr so stdout stays the scored lines. */
    private void reportNotes(AssetRegister register, BreakHistory history) {
        List<String> notes = new ArrayList<>(register.notes());
        notes.addAll(history.notes());
        notes.addAll(register.joinNotes(history));
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("note: " + note));
        err.flush();
    }
}
