package org.headwater.app.cli.eval;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.headwater.analytics.demand.BoostedDemandForecaster;
import org.headwater.analytics.demand.BwdfCsv;
import org.headwater.analytics.demand.DemandForecaster;
import org.headwater.analytics.demand.DmaWeekForecast;
import org.headwater.analytics.demand.ForecastCsv;
import org.headwater.analytics.demand.ForecastWeek;
import org.headwater.analytics.demand.HourlyTable;
import org.headwater.analytics.demand.SameHourOfWeekBaseline;
import org.headwater.analytics.demand.Weather;
import org.headwater.analytics.demand.WeeklyBacktest;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval demand}: forecasts every DMA for each listed week from the inflows before
 * its Monday and scores it with the BWDF indicators. The last line is {@code SUM <mean PI1+PI2+PI3>}.
 */
@Command(
        name = "demand",
        mixinStandardHelpOptions = true,
        description = "Backtest the DMA demand forecaster on BWDF weeks (PI1, PI2, PI3 per DMA and week).")
public final class DemandEval implements Callable<Integer> {

    /** Which forecaster to score. */
    enum Model {
        LIGHTGBM,
        BASELINE,
        MEAN4
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--inflows",
            required = true,
            paramLabel = "FILE",
            description = "BWDF inflow CSV (.csv or .csv.gz); repeat to concatenate files in time.")
    List<Path> inflowFiles = new ArrayList<>();

    @Option(names = "--weather", required = true, paramLabel = "FILE", description = "BWDF weather CSV.")
    Path weatherFile;

    @Option(
            names = "--weeks",
            required = true,
            split = ",",
            paramLabel = "YYYY-MM-DD",
            description = "Mondays starting the weeks to forecast (168 h from 00:00 Europe/Rome).")
    List<String> weeks = new ArrayList<>();

    @Option(names = "--forecast-out", paramLabel = "DIR", description = "Also write each week's forecasts as CSV here.")
    Path forecastOut;

    @Option(
            names = "--model",
            defaultValue = "lightgbm",
            paramLabel = "MODEL",
            description =
                    "lightgbm (default; one LightGBM model for all DMAs), baseline (mean of the same hour of week over 4 weeks, anomalies removed first) or mean4 (plain mean of 4 weeks).")
    Model model;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "LightGBM threads (default 1).")
    int threads;

    @Override
    public Integer call() {
        quietNativeLibraryLogging();
        List<DmaWeekForecast> results;
        try {
            List<ForecastWeek> forecastWeeks =
                    weeks.stream().map(ForecastWeek::parse).toList();
            HourlyTable inflows = HourlyTable.concatenate(
                    inflowFiles.stream().map(BwdfCsv::read).toList());
            Weather weather = Weather.from(BwdfCsv.read(weatherFile));
            results = new WeeklyBacktest(forecaster()).run(inflows, weather, forecastWeeks);
            if (forecastOut != null) {
                ForecastCsv.writePerWeek(forecastOut, results);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // Bad input is the user's to fix: a one-line reason and picocli's usage-error exit code.
            spec.commandLine().getErr().println("eval demand: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        }
        print(results, spec.commandLine().getOut());
        return 0;
    }

    /** lightgbm4j logs its library extraction at INFO on standard output, in the middle of the table. */
    private static void quietNativeLibraryLogging() {
        if (LoggerFactory.getLogger("io.github.metarank") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private DemandForecaster forecaster() {
        return switch (model) {
            case LIGHTGBM -> BoostedDemandForecaster.standard(threads);
            case BASELINE -> new SameHourOfWeekBaseline(4);
            case MEAN4 -> SameHourOfWeekBaseline.plainMean(4);
        };
    }

    private static void print(List<DmaWeekForecast> results, PrintWriter out) {
        out.printf(Locale.ROOT, "%-10s  %-6s  %7s  %7s  %7s  %7s%n", "week", "dma", "PI1", "PI2", "PI3", "sum");
        for (DmaWeekForecast result : results) {
            out.printf(
                    Locale.ROOT,
                    "%-10s  %-6s  %7.3f  %7.3f  %7.3f  %7.3f%n",
                    result.week(),
                    result.dma(),
                    result.score().pi1(),
                    result.score().pi2(),
                    result.score().pi3(),
                    result.score().sum());
        }
        var scored = results.stream()
                .map(DmaWeekForecast::score)
                .filter(s -> s.isScored())
                .toList();
        out.printf(
                Locale.ROOT,
                "MEAN  PI1 %.3f  PI2 %.3f  PI3 %.3f  over %d DMA-weeks%n",
                scored.stream().mapToDouble(s -> s.pi1()).average().orElse(Double.NaN),
                scored.stream().mapToDouble(s -> s.pi2()).average().orElse(Double.NaN),
                scored.stream().mapToDouble(s -> s.pi3()).average().orElse(Double.NaN),
                scored.size());
        out.printf(Locale.ROOT, "SUM %.3f%n", WeeklyBacktest.meanSum(results));
        out.flush();
    }
}
