package org.headwater.app.cli.eval;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.analytics.demand.BoostedDemandForecaster;
import org.headwater.analytics.demand.BwdfCsv;
import org.headwater.analytics.demand.DemandForecaster;
import org.headwater.analytics.demand.DmaForecasting;
import org.headwater.analytics.demand.DmaWeekForecast;
import org.headwater.analytics.demand.ForecastCsv;
import org.headwater.analytics.demand.ForecastWeek;
import org.headwater.analytics.demand.HourlyTable;
import org.headwater.analytics.demand.NestedBlend;
import org.headwater.analytics.demand.SameHourOfWeekBaseline;
import org.headwater.analytics.demand.Weather;
import org.headwater.analytics.demand.WeekSpread;
import org.headwater.analytics.demand.WeeklyBacktest;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.ingest.weather.WeatherFiles;
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
        MEAN4,
        BLEND
    }

    /** Which weather the forecaster sees for the week it forecasts. */
    enum WeatherMode {
        OBSERVED,
        NONE,
        FORECAST
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--inflows",
            required = true,
            paramLabel = "FILE",
            description = "BWDF inflow CSV (.csv or .csv.gz); repeat to concatenate files in time.")
    List<Path> inflowFiles = new ArrayList<>();

    @Option(
            names = "--weather",
            paramLabel = "FILE",
            description = "BWDF weather CSV (observed): required unless --weather-mode none.")
    Path weatherFile;

    @Option(
            names = "--weather-mode",
            defaultValue = "observed",
            paramLabel = "MODE",
            description = "observed (default; the week's observed weather, the competition's perfect forecast),"
                    + " none (no weather at all, in training and forecast) or forecast (observed weather before"
                    + " each week, the --weather-forecast file from its Monday on).")
    WeatherMode weatherMode;

    @Option(
            names = "--weather-forecast",
            paramLabel = "FILE",
            description =
                    "Weather forecast file for --weather-mode forecast: CSV or Open-Meteo JSON; repeat for several.")
    List<Path> weatherForecastFiles = new ArrayList<>();

    @Option(
            names = "--weeks",
            required = true,
            split = ",",
            paramLabel = "YYYY-MM-DD",
            description = "Mondays starting the weeks to forecast (168 h from 00:00 in --zone), or 'all': every"
                    + " Monday with " + HISTORY_WEEKS + " weeks of inflows before it and its whole week in the files.")
    List<String> weeks = new ArrayList<>();

    @Option(
            names = "--zone",
            defaultValue = "Europe/Rome",
            paramLabel = "ZONE",
            description = "The utility's time zone (default Europe/Rome, BWDF's).")
    String zone;

    @Option(
            names = "--country",
            defaultValue = "IT",
            paramLabel = "CC",
            description = "The utility's country for public holidays (default IT, BWDF's; blank for none).")
    String country;

    @Option(
            names = "--region",
            defaultValue = "",
            paramLabel = "REGION",
            description = "A region inside the country, as the holiday tables name it (default none).")
    String region;

    @Option(
            names = "--min-earlier-weeks",
            defaultValue = "8",
            paramLabel = "N",
            description = "--model blend: weeks scored before the blend weight is chosen from them (default 8).")
    int minEarlierWeeks;

    @Option(names = "--forecast-out", paramLabel = "DIR", description = "Also write each week's forecasts as CSV here.")
    Path forecastOut;

    @Option(
            names = "--model",
            defaultValue = "lightgbm",
            paramLabel = "MODEL",
            description =
                    "lightgbm (default; one LightGBM model for all DMAs), blend (lightgbm blended with mean4, the weight chosen each week on the weeks before it), baseline (mean of the same hour of week over 4 weeks, anomalies removed first) or mean4 (plain mean of 4 weeks).")
    Model model;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "LightGBM threads (default 1).")
    int threads;

    @Option(
            names = "--iterations",
            defaultValue = "1000",
            paramLabel = "N",
            description = "LightGBM boosting rounds (default 1000, the served setting; fewer for a quick check).")
    int iterations;

    /** Weeks of inflows before the first week of {@code --weeks all}: what the learned model needs. */
    static final int HISTORY_WEEKS = DmaForecasting.LEARNED_MODEL_WEEKS;

    @Override
    public Integer call() {
        quietNativeLibraryLogging();
        List<DmaWeekForecast> results;
        NestedBlend.Blended blended = null;
        try {
            UtilityCalendar calendar = PublicHolidays.calendar(zone, country, region);
            HourlyTable inflows = HourlyTable.concatenate(
                    inflowFiles.stream().map(BwdfCsv::read).toList());
            List<ForecastWeek> forecastWeeks =
                    weeks.size() == 1 && weeks.getFirst().equals("all")
                            ? WeeklyBacktest.allWeeks(inflows, HISTORY_WEEKS, calendar)
                            : weeks.stream()
                                    .map(text -> ForecastWeek.parse(text, calendar))
                                    .toList();
            Function<ForecastWeek, Weather> weather = weather(calendar);
            if (model == Model.BLEND) {
                List<DmaWeekForecast> learned = new WeeklyBacktest(learned()).run(inflows, weather, forecastWeeks);
                List<DmaWeekForecast> baseline =
                        new WeeklyBacktest(SameHourOfWeekBaseline.plainMean(4)).run(inflows, weather, forecastWeeks);
                blended = new NestedBlend(minEarlierWeeks).run(learned, baseline);
                results = blended.results();
                printAlone("lightgbm", learned);
                printAlone("mean4", baseline);
            } else {
                results = new WeeklyBacktest(forecaster()).run(inflows, weather, forecastWeeks);
            }
            if (forecastOut != null) {
                ForecastCsv.writePerWeek(forecastOut, results);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // Bad input is the user's to fix: a one-line reason and picocli's usage-error exit code.
            spec.commandLine().getErr().println("eval demand: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        }
        print(results, blended, spec.commandLine().getOut());
        return 0;
    }

    /** The blend's two parts scored alone, on the same weeks, for comparison. */
    private void printAlone(String name, List<DmaWeekForecast> results) {
        PrintWriter out = spec.commandLine().getOut();
        WeekSpread spread = WeekSpread.of(results);
        spread.sums().forEach((week, sum) -> out.printf(Locale.ROOT, "%s WEEK %s  SUM %.3f%n", name, week, sum));
        printSpread(name + " ", spread, out);
        out.printf(Locale.ROOT, "%s SUM %.3f%n", name, WeeklyBacktest.meanSum(results));
    }

    private static void printSpread(String prefix, WeekSpread spread, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%sSPREAD over %d weeks  mean %.3f  median %.3f  IQR %.3f (%.3f to %.3f)%n",
                prefix,
                spread.sums().size(),
                spread.mean(),
                spread.median(),
                spread.iqr(),
                spread.q1(),
                spread.q3());
    }

    /** The weather a forecaster standing at each week's Monday has, in the chosen mode. */
    private Function<ForecastWeek, Weather> weather(UtilityCalendar calendar) {
        if (weatherMode == WeatherMode.NONE) {
            return week -> Weather.unavailable();
        }
        if (weatherFile == null) {
            throw new IllegalArgumentException("--weather: required with --weather-mode " + name(weatherMode));
        }
        Weather observed = Weather.from(BwdfCsv.read(weatherFile));
        if (weatherMode == WeatherMode.OBSERVED) {
            return week -> observed;
        }
        if (weatherForecastFiles.isEmpty()) {
            throw new IllegalArgumentException("--weather-forecast: required with --weather-mode forecast");
        }
        // The same reader and the same splice as the live job (DmaForecastJob): what is scored is what is served.
        Weather forecast = Weather.of(WeatherFiles.merge(weatherForecastFiles.stream()
                .map(file -> WeatherFiles.read(file, calendar.zone()))
                .toList()));
        return week -> observed.forecastFrom(week.origin(), forecast);
    }

    private static String name(WeatherMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** lightgbm4j logs its library extraction at INFO on standard output, in the middle of the table. */
    private static void quietNativeLibraryLogging() {
        if (LoggerFactory.getLogger("io.github.metarank") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** The served model ({@link BoostedDemandForecaster#standard}) unless fewer rounds were asked for. */
    private DemandForecaster learned() {
        return iterations == 1000
                ? BoostedDemandForecaster.standard(threads)
                : new BoostedDemandForecaster(60, iterations, threads, true);
    }

    private DemandForecaster forecaster() {
        return switch (model) {
            case LIGHTGBM -> learned();
            case BASELINE -> new SameHourOfWeekBaseline(4);
            case MEAN4 -> SameHourOfWeekBaseline.plainMean(4);
            case BLEND -> throw new IllegalStateException("the blend runs two forecasters");
        };
    }

    private static void print(List<DmaWeekForecast> results, NestedBlend.Blended blended, PrintWriter out) {
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
        WeekSpread spread = WeekSpread.of(results);
        spread.sums().forEach((week, sum) -> {
            String weight = blended == null
                    ? ""
                    : String.format(
                            Locale.ROOT, "  weight %.1f", blended.weights().get(week));
            out.printf(Locale.ROOT, "WEEK %s  SUM %.3f%s%n", week, sum, weight);
        });
        printSpread("", spread, out);
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
