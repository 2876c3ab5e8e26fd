package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.analytics.breakrisk.AssetRegister;
import org.headwater.analytics.breakrisk.BoostedBreakRiskModel;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.MainBreak;
import org.headwater.analytics.breakrisk.PipeSegment;
import org.headwater.analytics.breakrisk.RiskRanking;
import org.headwater.analytics.breakrisk.RunBacktest;
import org.headwater.risk.BacktestFigure;

/**
 * {@code bench break-risk-train [--segments N] [--threads N] [--backtest-years N]}: wall time to
 * fit the main-break model on the Kitchener register and history and score every segment. With
 * {@code --segments}, the register and its breaks are copied under new ids until the network has N
 * segments. With {@code --backtest-years}, the backtests a platform run stores are timed as well
 * (printed, not part of the result).
 */
final class BreakRiskTrainBenchmark implements Benchmark {

    static final Path DATA = Path.of("data/water-main-breaks-kitchener");

    @Override
    public String name() {
        return "break-risk-train";
    }

    @Override
    public String description() {
        return "fit + score the main-break model on Kitchener (or a copy scaled to --segments N)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) {
        int segments = intOption(args, "--segments", 0);
        int threads = intOption(args, "--threads", 1);
        AssetRegister register = AssetRegister.readKitchener(DATA.resolve("water_mains_inventory_snapshot2023.csv.gz"));
        BreakHistory history = BreakHistory.read(DATA.resolve("water_main_breaks_1985-2019.csv.gz"));
        if (segments > 0) {
            int copies = (segments + register.segments().size() - 1)
                    / register.segments().size();
            register = scaled(register, segments, copies);
            history = scaled(history, copies);
        }
        LocalDate asOf = history.lastDate();
        BoostedBreakRiskModel model = new BoostedBreakRiskModel(
                BoostedBreakRiskModel.Settings.defaults().withThreads(threads));
        long start = System.nanoTime();
        RiskRanking ranking = model.rank(register, history, asOf);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "fitted on %d past years of %d breaks and scored %d segments in service at %s, %d thread(s): %.1f s%n",
                BoostedBreakRiskModel.Settings.defaults().trainingYears(),
                history.breaks().size(),
                ranking.segments().size(),
                asOf,
                threads,
                seconds);
        int backtestYears = intOption(args, "--backtest-years", 0);
        if (backtestYears > 0) {
            long backtestStart = System.nanoTime();
            List<String> notes = new ArrayList<>();
            List<BacktestFigure> figures = new RunBacktest(
                            BoostedBreakRiskModel.Settings.defaults().withThreads(threads), backtestYears)
                    .run(register, history, asOf, notes);
            out.printf(
                    Locale.ROOT,
                    "%d backtest(s) (model and lookup per year): %.1f s%n",
                    figures.size() / 2,
                    (System.nanoTime() - backtestStart) / 1e9);
            figures.forEach(f -> out.printf(
                    Locale.ROOT,
                    "  as of %s %s breaks=%d capture@5%%=%.1f capture@10%%=%.1f auc=%.3f%n",
                    f.asOf(),
                    f.method(),
                    f.breaks(),
                    100 * f.captureAt5(),
                    100 * f.captureAt10(),
                    f.auc()));
        }
        return new Result(seconds, "s");
    }

    private static AssetRegister scaled(AssetRegister register, int segments, int copies) {
        List<PipeSegment> all = new ArrayList<>();
        for (int copy = 0; copy < copies && all.size() < segments; copy++) {
            for (PipeSegment pipe : register.segments()) {
                if (all.size() == segments) {
                    break;
                }
                all.add(new PipeSegment(
                        pipe.assetId() + "~" + copy,
                        pipe.material(),
                        pipe.diameterMm(),
                        pipe.lengthMetres(),
                        pipe.installed(),
                        pipe.pressureZone(),
                        pipe.roadSegmentId() + "~" + copy,
                        pipe.lined(),
                        pipe.linedOn(),
                        pipe.shallow()));
            }
        }
        return new AssetRegister(all, List.of());
    }

    private static BreakHistory scaled(BreakHistory history, int copies) {
        List<MainBreak> all = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (MainBreak b : history.breaks()) {
                all.add(new MainBreak(
                        b.incidentId() + "~" + copy,
                        b.date(),
                        b.assetId() + "~" + copy,
                        b.roadSegmentId() + "~" + copy));
            }
        }
        return new BreakHistory(all, List.of());
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a number");
        }
        try {
            return Integer.parseInt(args.get(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + args.get(at + 1) + "' is not a number", e);
        }
    }
}
