package org.headwater.app.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicsException;
import org.headwater.hydraulics.QualityComparison;
import org.headwater.hydraulics.QualitySettings;
import org.headwater.hydraulics.QualitySimulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval water-quality}: runs every case of an EPANET water-quality reference
 * folder (chlorine, age, trace) through our hydraulic and quality solvers for 24 h and compares
 * node and link quality with EPANET 2.2's at every hydraulic solution time. The last line is
 * {@code water-quality <cases within tolerance>/<cases>}.
 */
@Command(
        name = "water-quality",
        mixinStandardHelpOptions = true,
        description = {
            "Compare our water quality (chlorine, water age, source trace) with EPANET 2.2's over 24 h.",
            "Per case: largest |Δ| over nodes and over links at every hydraulic solution time, and where"
                    + " (id@seconds).",
            "Within tolerance: chlorine |Δ| ≤ 0.01 mg/L or 1 % of the largest value, age ≤ 0.5 h,"
                    + " trace ≤ 1 percentage point; every reference time reproduced.",
            "With --epanet-js, also times the 24 h run (hydraulics and quality, no results read) of ours and of"
                    + " EPANET 2.2 in epanet-js: CPU time (our thread's; the Node process's), the fastest of --runs"
                    + " after warm-up runs, steady on a shared machine; prints EPANET time / ours.",
            "The last line is `water-quality <cases within tolerance>/<cases>`."
        })
public final class WaterQualityEval implements Callable<Integer> {

    private static final Pattern TOTAL_MS = Pattern.compile("\"total_cpu_min_ms\":([0-9.eE+-]+)");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--reference",
            required = true,
            paramLabel = "DIR",
            description = "Water-quality reference folder: one sub-folder per case with quality_info.json and"
                    + " quality_24h.csv.gz (data/epanet-quality).")
    Path reference;

    @Option(
            names = "--networks",
            paramLabel = "DIR",
            split = ",",
            description = "Folders holding the .inp or .inp.gz files (default: data/epanet-networks); a case folder"
                    + " holding its own variant .inp comes first.")
    List<Path> networks = List.of(Path.of("data", "epanet-networks"));

    @Option(
            names = "--epanet-js",
            paramLabel = "DIR",
            description = "A bench/epanet-js folder with `npm ci` done: time EPANET 2.2 there side by side.")
    Path epanetJs;

    @Option(
            names = "--runs",
            defaultValue = "5",
            description = "Timed runs per case (the fastest is shown), default ${DEFAULT-VALUE}; 0 skips timing.")
    int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> cases = caseFolders();
        if (cases.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no case folders with quality_info.json in " + reference);
        }
        out.printf(
                Locale.ROOT,
                "%-18s %-12s %-13s %5s %10s %-16s %10s %-16s %9s %9s %9s %7s  %s%n",
                "case",
                "network",
                "parameter",
                "times",
                "node|d|",
                "where",
                "link|d|",
                "where",
                "tolerance",
                "ours cpu",
                "epanet cpu",
                "ratio",
                "verdict");
        int within = 0;
        for (Path dir : cases) {
            String name = dir.getFileName().toString();
            Optional<Path> inp = QualityComparison.modelFile(dir, networks);
            if (inp.isEmpty()) {
                out.printf(Locale.ROOT, "%-18s no .inp found in %s or %s: failed%n", name, dir, networks);
                continue;
            }
            try {
                HydraulicModel model = HydraulicModel.read(inp.get());
                QualityComparison.Result r = QualityComparison.compare(model, dir);
                double ours = runs > 0 ? ourMillis(model, dir) : Double.NaN;
                double theirs = runs > 0 ? epanetMillis(inp.get(), dir) : Double.NaN;
                boolean ok = r.withinTolerance();
                if (ok) {
                    within++;
                }
                out.printf(
                        Locale.ROOT,
                        "%-18s %-12s %-13s %5d %10.2e %-16s %10.2e %-16s %9.2g %9s %9s %7s  %s%n",
                        name,
                        r.network(),
                        parameter(r),
                        r.timesCompared(),
                        r.nodeError(),
                        r.nodeWhere(),
                        r.linkError(),
                        r.linkWhere(),
                        r.tolerance(),
                        millis(ours),
                        millis(theirs),
                        Double.isNaN(theirs) ? "-" : String.format(Locale.ROOT, "%.2f", theirs / ours),
                        ok
                                ? "within tolerance"
                                : r.timesMissing() > 0 ? r.timesMissing() + " times missing" : "outside");
            } catch (HydraulicsException | IllegalArgumentException | UncheckedIOException e) {
                out.printf(Locale.ROOT, "%-18s failed: %s%n", name, e.getMessage());
            }
        }
        out.printf(Locale.ROOT, "water-quality %d/%d%n", within, cases.size());
        out.flush();
        return 0;
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String parameter(QualityComparison.Result r) {
        return switch (r.type()) {
            case AGE -> "age (h)";
            case TRACE -> "trace (%)";
            default -> "chlorine (" + r.units() + ")";
        };
    }

    /** Fastest CPU time of our 24 h run (hydraulics and quality, nothing read) after a second of warm-up runs. */
    private double ourMillis(HydraulicModel model, Path dir) {
        QualitySettings settings = QualityComparison.settings(model, dir);
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < 3 || (i < 500 && System.nanoTime() < warmEnd); i++) {
            timeOnce(model, settings); // lets the JIT compile the solver before timing
        }
        double[] samples = new double[runs];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = timeOnce(model, settings);
        }
        return Arrays.stream(samples).min().orElseThrow();
    }

    private static double timeOnce(HydraulicModel model, QualitySettings settings) {
        QualitySimulation sim = new QualitySimulation(model, settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        sim.run(86_400, (t, h, q) -> {});
        return (threads.getCurrentThreadCpuTime() - start) / 1.0e6;
    }

    /** EPANET 2.2's fastest time for the same run through epanet-run.mjs quality-time, or NaN without --epanet-js. */
    private double epanetMillis(Path inp, Path dir) {
        if (epanetJs == null) {
            return Double.NaN;
        }
        try {
            Path plain = plainInp(inp);
            Process p = new ProcessBuilder(
                            "node",
                            epanetJs.resolve("epanet-run.mjs").toAbsolutePath().toString(),
                            "quality-time",
                            "--inp",
                            plain.toString(),
                            "--quality",
                            QualityComparison.mode(dir),
                            "--runs",
                            String.valueOf(runs))
                    .redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("epanet-js failed on " + inp + ": " + text.strip());
            }
            Files.deleteIfExists(plain);
            Matcher m = TOTAL_MS.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("epanet-js printed no total_cpu_min_ms: " + text.strip());
            }
            return Double.parseDouble(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node on " + inp, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing epanet-js", e);
        }
    }

    /** EPANET reads plain .inp files: a gzipped one is unpacked into a temporary file. */
    private static Path plainInp(Path inp) throws IOException {
        Path plain = Files.createTempFile("headwater-quality-", ".inp");
        try (InputStream raw = Files.newInputStream(inp);
                InputStream in = inp.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            Files.copy(in, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return plain;
    }

    private List<Path> caseFolders() {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> list = Files.list(reference)) {
            list.filter(p -> Files.exists(p.resolve("quality_info.json")))
                    .sorted()
                    .forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + reference, e);
        }
        return dirs;
    }
}
