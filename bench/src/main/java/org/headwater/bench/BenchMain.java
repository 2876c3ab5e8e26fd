package org.headwater.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./headwater bench NAME [ARGS...]}: runs one benchmark and prints its figure as the last
 * line, exactly {@code NAME <value> <unit>}, which outside checks read.
 */
public final class BenchMain {

    private BenchMain() {}

    /** Every benchmark the launcher knows; add new ones here. */
    static List<Benchmark> all() {
        return List.of(
                new IngestCsvBenchmark(),
                new StoreAppendBenchmark(),
                new IngestMqttBenchmark(),
                new IngestSparkplugBenchmark(),
                new IngestOpcuaBenchmark(),
                new AlertLatencyBenchmark(),
                new WqEventsBenchmark(),
                new BreakRiskTrainBenchmark(),
                new DetectBenchmark(),
                new ForecastBenchmark(),
                new FuzzBenchmark(),
                new FaultsBenchmark(),
                new SoakBenchmark(),
                new HydraulicsBenchmark(),
                new OverviewBenchmark(),
                new WorkOrdersBenchmark());
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("--list")) {
            printUsage();
            System.exit(args.length == 0 ? 2 : 0);
        }
        Optional<Benchmark> chosen =
                all().stream().filter(b -> b.name().equals(args[0])).findFirst();
        if (chosen.isEmpty()) {
            System.err.println("Unknown benchmark '" + args[0] + "'.");
            printUsage();
            System.exit(2);
        }
        Benchmark benchmark = chosen.get();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            System.out.println("Usage: headwater bench " + benchmark.name() + " [OPTIONS]");
            System.out.println(benchmark.description());
            System.out.println("The last line printed is `" + benchmark.lastLineForm() + "`; an unknown option"
                    + " is refused with the list of those it takes.");
            System.exit(0);
        }
        Benchmark.Result result;
        try {
            result = benchmark.run(rest, System.out);
        } catch (Benchmark.NoFigure e) {
            System.out.println(e.getMessage());
            System.exit(3);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("bench " + benchmark.name() + ": " + e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) {
            // Exit explicitly: broker and client threads would otherwise keep the JVM alive after a failure.
            System.err.println("bench " + benchmark.name() + " failed:");
            e.printStackTrace();
            System.exit(1);
            return;
        }
        System.out.println(
                result.line().isEmpty()
                        ? benchmark.name() + " " + format(result.value()) + " " + result.unit()
                        : result.line());
        System.exit(0);
    }

    static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void printUsage() {
        System.out.println("Usage: headwater bench NAME [ARGS...]   (the last line printed is `NAME <value> <unit>`)");
        System.out.println("Benchmarks:");
        for (Benchmark b : all()) {
            System.out.printf(Locale.ROOT, "  %-14s %s%n", b.name(), b.description());
        }
    }
}
