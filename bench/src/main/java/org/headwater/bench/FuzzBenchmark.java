package org.headwater.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.testkit.fuzz.FuzzHarness;
import org.headwater.testkit.fuzz.FuzzReport;
import org.headwater.testkit.fuzz.FuzzTarget;

/**
 * {@code ./headwater bench fuzz [--inputs N] [--seed S] [--parser NAME]}: every parser of outside
 * input fed N seeded mutants of real files, each with a time limit; prints per parser
 * {@code parser inputs accepted rejected quarantined failures max_ms}, the first failures with the
 * seed that rebuilds each input, and ends with {@code fuzz inputs=<n> failures=<n>}.
 */
final class FuzzBenchmark implements Benchmark {

    static final int MAX_INPUT_BYTES = 1 << 18;

    @Override
    public String name() {
        return "fuzz";
    }

    @Override
    public String description() {
        return "every parser fed seeded mutants of real files; options --inputs N (per parser, 100000),"
                + " --seed S, --parser NAME, --timeout-ms MS (per input, 10000)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) {
        BenchArgs options = BenchArgs.parse(args, List.of("--inputs", "--seed", "--parser", "--timeout-ms"));
        long inputs = options.count("--inputs", 100_000);
        long seed = Long.parseLong(options.text("--seed", "14"));
        Duration timeout = Duration.ofMillis(options.count("--timeout-ms", 10_000));
        List<FuzzTarget> targets = chosen(options.text("--parser", ""));
        FuzzHarness harness = new FuzzHarness(timeout, MAX_INPUT_BYTES);
        out.printf(
                Locale.ROOT,
                "fuzz: seed %d, %d inputs per parser, at most %d bytes each, %d ms limit per input%n",
                seed,
                inputs,
                MAX_INPUT_BYTES,
                timeout.toMillis());
        out.println(FuzzReport.header() + "  total_s  max_heap_mb");
        List<FuzzReport> reports = new ArrayList<>();
        for (FuzzTarget target : targets) {
            FuzzReport report = harness.run(target, seed, inputs);
            reports.add(report);
            out.printf(
                    Locale.ROOT,
                    "%s %8.1f %12d%n",
                    report.row(),
                    report.totalMillis() / 1000.0,
                    report.maxHeapBytes() >> 20);
            report.sampleRejections().forEach(r -> out.println("  e.g. refused: " + r));
            report.firstFailures().forEach(f -> out.println("  FAILURE " + f));
        }
        long total = reports.stream().mapToLong(FuzzReport::inputs).sum();
        long failures = reports.stream().mapToLong(FuzzReport::failures).sum();
        return Result.line("fuzz inputs=" + total + " failures=" + failures);
    }

    private static List<FuzzTarget> chosen(String parser) {
        List<FuzzTarget> all = new ParserFuzzTargets(FuzzCorpus.fromWorkingDirectory()).all();
        if (parser.isEmpty()) {
            return all;
        }
        List<FuzzTarget> matching =
                all.stream().filter(t -> t.name().equals(parser)).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("--parser " + parser + " is not one of "
                    + all.stream().map(FuzzTarget::name).toList());
        }
        return matching;
    }
}
