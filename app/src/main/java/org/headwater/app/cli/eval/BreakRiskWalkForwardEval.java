package org.headwater.app.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.headwater.analytics.breakrisk.AssetRegister;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.BreakRiskCandidates;
import org.headwater.analytics.breakrisk.WalkForwardStudy;
import org.headwater.analytics.breakrisk.YearScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval break-risk-walk-forward}: every candidate break-risk model fitted as of
 * 31 December of every year the break record allows, scored on the next year and the next three
 * years beside the lookup, the nested choice and the nested blend made on earlier years only, and
 * the calibration of the blend's probabilities. The last line, for the nested blend (ADR 0036), is
 * {@code nested capture@5% <mean> lookup <mean> above <years>/<years>}.
 */
@Command(
        name = "break-risk-walk-forward",
        mixinStandardHelpOptions = true,
        description = {
            "Walk-forward study of the break-risk candidates over every as-of year of a Kitchener-format record.",
            "Per as-of year and candidate: capture@5% on the next year and on the next three years, and AUC;"
                    + " then the nested choice (best mean next-year capture@5% over earlier as-of years only) against"
                    + " the lookup, the nested blend (geometric mean of the three best on earlier years), and the Brier"
                    + " score of the blend's isotonic-calibrated probabilities.",
            "The last line is `nested capture@5% <mean> lookup <mean> above <years>/<years>`."
        })
public final class BreakRiskWalkForwardEval implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", required = true, paramLabel = "FILE", description = "Water mains register.")
    Path inventoryFile;

    @Option(
            names = "--breaks",
            required = true,
            paramLabel = "FILE",
            description = "Break history (development years).")
    Path breaksFile;

    @Option(
            names = "--candidates",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Candidates to compare (default: all; `fast` for those without LightGBM). The lookup is always one.")
    List<String> candidates;

    @Option(
            names = "--from",
            paramLabel = "YEAR",
            description = "First as-of year (default: the first the record allows).")
    Integer fromYear;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            description = "Last as-of year (default: the last with a full truth year).")
    Integer toYear;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the per-year tables as Markdown.")
    Path markdown;

    @Option(
            names = "--reliability-svg",
            paramLabel = "FILE",
            description = "Write the reliability curve of the nested choice as SVG.")
    Path reliabilitySvg;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BreakRiskEval.quietNativeLoaderLog();
        try {
            AssetRegister register = AssetRegister.readKitchener(inventoryFile);
            BreakHistory history = BreakHistory.read(breaksFile);
            WalkForwardStudy study = new WalkForwardStudy(register, history, 12);
            int[] years = study.asOfYears();
            int from = fromYear == null ? years[0] : fromYear;
            int to = toYear == null ? years[1] : toYear;
            if (from < years[0] || to > years[1] || from > to) {
                throw new IllegalArgumentException("as-of years must lie within " + years[0] + ".." + years[1]
                        + " (a training year before, a full truth year after); was " + from + ".." + to);
            }
            // progress to stderr: the full study takes minutes
            WalkForwardStudy.Result result = study.run(names(), from, to, line -> {
                err.println(line);
                err.flush();
            });
            // the procedure of record is the nested blend (ADR 0036): its probabilities are the ones calibrated
            WalkForwardStudy.Calibration calibration =
                    WalkForwardStudy.calibrate(result, year -> WalkForwardStudy.NESTED_BLEND, from, to);
            WalkForwardReport report = new WalkForwardReport(result, calibration);
            report.lines().forEach(out::println);
            if (markdown != null) {
                Files.writeString(markdown, report.markdown());
            }
            if (reliabilitySvg != null) {
                Files.writeString(reliabilitySvg, ReliabilityChart.svg(calibration.calibrated(), calibration.raw()));
            }
            List<WalkForwardStudy.NestedYear> nested = result.nestedBlend();
            long above = nested.stream()
                    .filter(n ->
                            n.chosenNextYear().captureAt5() > n.lookupNextYear().captureAt5())
                    .count();
            out.printf(
                    Locale.ROOT,
                    "nested capture@5%% %.1f lookup %.1f above %d/%d%n",
                    100
                            * mean(nested.stream()
                                    .map(WalkForwardStudy.NestedYear::chosenNextYear)
                                    .toList()),
                    100
                            * mean(nested.stream()
                                    .map(WalkForwardStudy.NestedYear::lookupNextYear)
                                    .toList()),
                    above,
                    nested.size());
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> names() {
        if (candidates == null || candidates.isEmpty()) {
            return BreakRiskCandidates.all();
        }
        if (candidates.equals(List.of("fast"))) {
            return BreakRiskCandidates.withoutBoosting();
        }
        List<String> names = new ArrayList<>(candidates);
        if (!names.contains("lookup")) {
            names.addFirst("lookup");
        }
        return names;
    }

    static double mean(List<YearScore> scores) {
        return scores.stream()
                .mapToDouble(YearScore::captureAt5)
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }
}
