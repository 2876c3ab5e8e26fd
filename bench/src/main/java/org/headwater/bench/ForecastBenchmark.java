package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.headwater.analytics.demand.BacktestIntervals;
import org.headwater.analytics.demand.BoostedDemandForecaster;
import org.headwater.analytics.demand.BwdfCsv;
import org.headwater.analytics.demand.BwdfScore;
import org.headwater.analytics.demand.ForecastWeek;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.analytics.demand.HourlyTable;
import org.headwater.analytics.demand.IntervalForecast;
import org.headwater.analytics.demand.Weather;

/**
 * {@code bench forecast [DIR] [--weeks YYYY-MM-DD,…] [--threads N] [--no-weather] [--intervals DAYS]}:
 * wall time to train the pooled LightGBM model and forecast all BWDF DMAs for one week, averaged
 * over the weeks. It also prints each week's BWDF score, so {@code --no-weather} measures what
 * running without a weather source costs, and with {@code --intervals} how often the backtest
 * intervals (that many daily origins, 90 %) contain the truth.
 */
final class ForecastBenchmark implements Benchmark {

    static final Path DATA = Path.of("data/bwdf-dma-inflows");
    static final String DEFAULT_WEEK = "2022-03-28";

    @Override
    public String name() {
        return "forecast";
    }

    /** BWDF's utility: north-east Italy. */
    private static final org.headwater.calendar.UtilityCalendar BWDF_ITALY =
            org.headwater.analytics.calendar.PublicHolidays.calendar("Europe/Rome", "IT", "");

    @Override
    public String description() {
        return "train + forecast all 10 BWDF DMAs for one week (LightGBM, pooled)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        Path directory = args.isEmpty() || args.getFirst().startsWith("--") ? DATA : Path.of(args.getFirst());
        List<ForecastWeek> weeks = Stream.of(
                        option(args, "--weeks", DEFAULT_WEEK).split(","))
                .map(text -> ForecastWeek.parse(text, BWDF_ITALY))
                .toList();
        int threads = Integer.parseInt(option(args, "--threads", "1"));
        int intervalDays = Integer.parseInt(option(args, "--intervals", "0"));
        HourlyTable inflows = HourlyTable.concatenate(
                files(directory, "InflowData_").stream().map(BwdfCsv::read).toList());
        Weather weather = args.contains("--no-weather")
                ? Weather.unavailable()
                : Weather.from(BwdfCsv.read(files(directory, "WeatherData_").getFirst()));
        BoostedDemandForecaster model = BoostedDemandForecaster.standard(threads);
        double totalSeconds = 0;
        double totalScore = 0;
        for (ForecastWeek week : weeks) {
            Map<String, HourlySeries> histories = new LinkedHashMap<>();
            inflows.columns().forEach((dma, series) -> histories.put(dma, series.before(week.origin())));
            long start = System.nanoTime();
            Map<String, double[]> forecasts = model.forecastAll(histories, weather, week);
            double seconds = (System.nanoTime() - start) / 1e9;
            double score = meanSum(inflows, forecasts, week);
            out.printf(
                    Locale.ROOT,
                    "week %s: %d DMAs trained and forecast in %.1f s, %d thread(s), %s, SUM %.3f%n",
                    week,
                    forecasts.size(),
                    seconds,
                    threads,
                    args.contains("--no-weather") ? "no weather" : "weather",
                    score);
            if (intervalDays > 0) {
                printCoverage(
                        out,
                        inflows,
                        new BacktestIntervals(intervalDays, 0.9).forecast(model, histories, weather, week),
                        week);
            }
            totalSeconds += seconds;
            totalScore += score;
        }
        out.printf(Locale.ROOT, "mean over %d week(s): SUM %.3f%n", weeks.size(), totalScore / weeks.size());
        return new Result(totalSeconds / weeks.size(), "s");
    }

    private static double meanSum(HourlyTable inflows, Map<String, double[]> forecasts, ForecastWeek week) {
        return forecasts.entrySet().stream()
                .map(e -> BwdfScore.of(
                        e.getValue(), inflows.column(e.getKey()).window(week.origin(), ForecastWeek.HOURS)))
                .filter(BwdfScore::isScored)
                .mapToDouble(BwdfScore::sum)
                .average()
                .orElse(Double.NaN);
    }

    private static void printCoverage(
            PrintStream out, HourlyTable inflows, Map<String, IntervalForecast> forecasts, ForecastWeek week) {
        int inside = 0;
        int scored = 0;
        for (var entry : forecasts.entrySet()) {
            double[] truth = inflows.column(entry.getKey()).window(week.origin(), ForecastWeek.HOURS);
            for (int h = 0; h < ForecastWeek.HOURS; h++) {
                if (!Double.isNaN(truth[h]) && !Double.isNaN(entry.getValue().lower()[h])) {
                    scored++;
                    inside += truth[h] >= entry.getValue().lower()[h]
                                    && truth[h] <= entry.getValue().upper()[h]
                            ? 1
                            : 0;
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "week %s: 90 %% intervals contain %.1f %% of %d true hours%n",
                week,
                100.0 * inside / scored,
                scored);
    }

    private static List<Path> files(Path directory, String prefix) throws Exception {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("data directory " + directory + " does not exist");
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .forEach(found::add);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no " + prefix + "*.csv(.gz) file in " + directory);
        }
        return found;
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }
}
