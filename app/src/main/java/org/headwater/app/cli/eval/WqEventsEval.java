package org.headwater.app.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.headwater.detect.quality.EventScore;
import org.headwater.detect.quality.LabelledSeries;
import org.headwater.detect.quality.SeriesReplay;
import org.headwater.detect.quality.ShiftDetectorTuner;
import org.headwater.detect.quality.WaterQualityCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval wq-events}: fits the water-quality event detector on the training files
 * only, replays the test file minute by minute in time order, and scores EVENT=TRUE per minute.
 */
@Command(
        name = "wq-events",
        mixinStandardHelpOptions = true,
        description = {
            "Water-quality event detection on GECCO-format files (Time, Tp, Cl, pH, Redox, Leit, Trueb, Cl_2, Fm, Fm_2, EVENT).",
            "Fits on --train only, streams --test in time order with no look-ahead, prints precision, recall, F1"
                    + " of EVENT=TRUE and the runtime; the last line is `F1 <value>`.",
            "Rows with missing sensor values are still scored: missing channels do not vote, a row with every"
                    + " channel missing is predicted FALSE."
        })
public final class WqEventsEval implements Callable<Integer> {

    /** CANARY's history window on 1-minute data: two days. */
    private static final int CANARY_HISTORY_STEPS = 2 * 24 * 60;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--train",
            required = true,
            paramLabel = "FILE",
            description = "labelled training file (.csv or .csv.gz), repeatable")
    List<Path> train = new ArrayList<>();

    @Option(
            names = "--test",
            required = true,
            paramLabel = "FILE",
            description = "labelled test file (.csv or .csv.gz)")
    Path test;

    @Option(
            names = "--compare-canary",
            description = "also tune and run the CANARY MVNN+BED reference on the same split (slow)")
    boolean compareCanary;

    @Override
    public Integer call() throws IOException {
        try {
            return evaluate();
        } catch (IllegalArgumentException e) {
            // bad input files: say what is wrong without a stack trace
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private int evaluate() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<LabelledSeries> training = new ArrayList<>();
        for (Path file : train) {
            training.add(WaterQualityCsv.read(file, WaterQualityCsv.GECCO));
        }
        LabelledSeries testSeries = WaterQualityCsv.read(test, WaterQualityCsv.GECCO);
        boolean[] truth = testSeries.requireLabels();
        ShiftDetectorTuner.Fit fit = ShiftDetectorTuner.fit(training);
        out.println("training: " + train + " ("
                + training.stream().mapToInt(LabelledSeries::size).sum() + " rows)");
        out.println("fitted: " + fit.settings());
        out.println("fitted precisions: "
                + fit.channels().stream()
                        .map(c -> c.name() + "=" + round(c.precision()))
                        .toList());
        out.println("training score: " + fit.trainingScore());
        long detectStart = System.nanoTime();
        boolean[] predicted = SeriesReplay.predict(fit.newDetector(), testSeries.withChannels(fit.channels()));
        double detectSeconds = (System.nanoTime() - detectStart) / 1e9;
        EventScore score = EventScore.of(truth, predicted);
        if (compareCanary) {
            printCanary(out, training, testSeries, truth);
        }
        out.println("test: " + test + " (" + testSeries.size() + " rows)");
        out.printf(
                Locale.ROOT,
                "detection: %.3f s for %d rows (%.0f rows/s)%n",
                detectSeconds,
                testSeries.size(),
                testSeries.size() / Math.max(detectSeconds, 1e-9));
        out.printf(Locale.ROOT, "runtime %.3f s%n", (System.nanoTime() - start) / 1e9);
        out.println("TP " + score.truePositives() + " FP " + score.falsePositives() + " FN " + score.falseNegatives());
        out.printf(Locale.ROOT, "precision %.4f%n", score.precision());
        out.printf(Locale.ROOT, "recall %.4f%n", score.recall());
        out.printf(Locale.ROOT, "F1 %.4f%n", score.f1());
        out.flush();
        return 0;
    }

    private static void printCanary(
            PrintWriter out, List<LabelledSeries> training, LabelledSeries test, boolean[] truth) {
        long start = System.nanoTime();
        ShiftDetectorTuner.CanaryFit fit = ShiftDetectorTuner.fitCanary(training, CANARY_HISTORY_STEPS, line -> {
            out.println(line);
            out.flush();
            return null;
        });
        long detectStart = System.nanoTime();
        EventScore score = EventScore.of(truth, SeriesReplay.predict(fit.newDetector(), test));
        double detectSeconds = (System.nanoTime() - detectStart) / 1e9;
        out.println("CANARY reference (MVNN+BED, " + fit.settings() + ") on test: " + score);
        out.printf(
                Locale.ROOT,
                "CANARY reference: %.0f rows/s, %.1f s including its tuning%n",
                test.size() / detectSeconds,
                (System.nanoTime() - start) / 1e9);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
