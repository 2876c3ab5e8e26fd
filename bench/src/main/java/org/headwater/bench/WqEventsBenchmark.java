package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.detect.quality.CanaryMvnnDetector;
import org.headwater.detect.quality.CanaryMvnnSettings;
import org.headwater.detect.quality.LabelledSeries;
import org.headwater.detect.quality.SeriesReplay;
import org.headwater.detect.quality.ShiftDetectorTuner;
import org.headwater.detect.quality.WaterQualityCsv;

/**
 * Water-quality event detection throughput: rows per second of the fitted detector streaming the
 * GECCO files (already parsed, so the figure is the detector's), and the CANARY reference for scale.
 */
public final class WqEventsBenchmark implements Benchmark {

    private static final int ROUNDS = 5;

    @Override
    public String name() {
        return "wq-events";
    }

    @Override
    public String description() {
        return "water-quality event detector rows/s over GECCO files (args: FILE...; --with-canary adds the reference)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        boolean withCanary = args.contains("--with-canary");
        List<LabelledSeries> series = new ArrayList<>();
        for (String arg : args) {
            if (!arg.equals("--with-canary")) {
                series.add(WaterQualityCsv.read(Path.of(arg), WaterQualityCsv.GECCO));
            }
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("give one or more GECCO files (.csv or .csv.gz)");
        }
        long rows = series.stream().mapToLong(LabelledSeries::size).sum();
        ShiftDetectorTuner.Fit fit = ShiftDetectorTuner.fit(series);
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            int events = 0;
            for (LabelledSeries one : series) {
                for (boolean event : SeriesReplay.predict(fit.newDetector(), one.withChannels(fit.channels()))) {
                    events += event ? 1 : 0;
                }
            }
            double rowsPerSecond = rows / ((System.nanoTime() - start) / 1e9);
            out.printf(
                    Locale.ROOT,
                    "round %d: %.0f rows/s (%d rows, %d event rows)%n",
                    round + 1,
                    rowsPerSecond,
                    rows,
                    events);
            best = Math.max(best, rowsPerSecond);
        }
        if (withCanary) {
            long start = System.nanoTime();
            for (LabelledSeries one : series) {
                SeriesReplay.predict(
                        new CanaryMvnnDetector(
                                one.channels(), CanaryMvnnSettings.example().withHistoryWindow(2880)),
                        one);
            }
            out.printf(
                    Locale.ROOT,
                    "CANARY reference (MVNN, 2-day window, 7 channels): %.0f rows/s%n",
                    rows / ((System.nanoTime() - start) / 1e9));
        }
        return new Result(best, "rows/s");
    }
}
