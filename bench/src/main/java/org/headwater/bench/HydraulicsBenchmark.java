package org.headwater.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.headwater.bench.hydraulics.EpanetJsEngine;
import org.headwater.bench.hydraulics.EpanetJsInstall;
import org.headwater.bench.hydraulics.GridNetworkGenerator;
import org.headwater.bench.hydraulics.HydraulicEngine;
import org.headwater.bench.hydraulics.InpJunctions;
import org.headwater.bench.hydraulics.SpeedupTable;

/**
 * {@code ./headwater bench hydraulics}: our solver and EPANET 2.2 (epanet-js under Node, installed from the
 * npm registry into a cache directory) on the same networks in one run, the t = 0 snapshot and the 24 h
 * extended period, median of several runs each; prints EPANET's time over ours per network and, as the
 * last line, {@code hydraulics-speedup <geometric mean>}. Without our solver on the class path it prints
 * EPANET's times, says our engine is missing, and prints no speed-up.
 */
final class HydraulicsBenchmark implements Benchmark {

    private static final List<String> OPTIONS =
            List.of("--networks", "--only", "--large-junctions", "--seed", "--runs", "--hours", "--cache");

    private final Function<EpanetJsInstall, Optional<HydraulicEngine>> oursFor;

    HydraulicsBenchmark() {
        this(install -> ours());
    }

    /** With the engine to time against EPANET given, rather than looked up on the class path. */
    HydraulicsBenchmark(Function<EpanetJsInstall, Optional<HydraulicEngine>> oursFor) {
        this.oursFor = oursFor;
    }

    @Override
    public String name() {
        return "hydraulics";
    }

    @Override
    public String description() {
        return "our hydraulic solver against EPANET 2.2 (epanet-js) per network, snapshot and 24 h EPS"
                + " [--networks DIR] [--only A,B] [--large-junctions 50000] [--seed 1] [--runs 5] [--hours 24] [--cache DIR]";
    }

    @Override
    public String lastLineForm() {
        return "hydraulics-speedup <geometric mean of EPANET time / our time>";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(args, OPTIONS);
        Path networksDir = Path.of(options.text("--networks", "data/epanet-networks"));
        int largeJunctions = (int) options.count("--large-junctions", 50_000);
        long seed = options.count("--seed", 1);
        int runs = (int) options.count("--runs", 5);
        Duration horizon = Duration.ofHours(options.count("--hours", 24));
        Path cache = Path.of(
                options.text("--cache", EpanetJsInstall.defaultDirectory().toString()));
        Set<String> only = options.has("--only")
                ? Set.copyOf(Arrays.asList(options.text("--only", "").split(",")))
                : Set.of();

        Map<String, Path> networks = networks(networksDir, cache.resolve("networks"), only);
        if (options.has("--large-junctions") && largeJunctions < 500) {
            throw new IllegalArgumentException("--large-junctions must be at least 500");
        }
        if (only.isEmpty() || only.contains("grid-" + largeJunctions)) {
            Path large = cache.resolve("networks").resolve("grid-" + largeJunctions + "-seed" + seed + ".inp");
            GridNetworkGenerator.Summary summary = new GridNetworkGenerator(largeJunctions, seed).write(large);
            out.println("bench hydraulics: generated " + large + ": " + summary);
            networks.put("grid-" + largeJunctions, large);
        }
        if (networks.isEmpty()) {
            throw new IllegalArgumentException(
                    "no .inp or .inp.gz networks in " + networksDir + (only.isEmpty() ? "" : " named " + only));
        }

        EpanetJsInstall install = EpanetJsInstall.ensure(cache, out);
        EpanetJsEngine epanet = new EpanetJsEngine(install);
        Optional<HydraulicEngine> ours = oursFor.apply(install);
        out.printf(
                Locale.ROOT,
                "bench hydraulics: EPANET 2.2 (epanet-js %s, Node %s) against %s; %d networks; median of %d runs;"
                        + " times are the solving only (no file reading, no results read out)%n",
                EpanetJsInstall.VERSION,
                install.nodeVersionText(),
                ours.map(HydraulicEngine::name).orElse("our solver (missing)"),
                networks.size(),
                runs);

        Map<Path, EpanetJsEngine.Measured> measured = epanet.measureAll(List.copyOf(networks.values()), horizon, runs);
        SpeedupTable snapshots = new SpeedupTable("snapshot (t = 0)");
        SpeedupTable periods =
                new SpeedupTable(horizon.toHours() + " h extended period (every hydraulic step and event time)");
        List<String> memory = new ArrayList<>();
        for (Map.Entry<String, Path> network : networks.entrySet()) {
            Path inp = network.getValue();
            EpanetJsEngine.Measured m = measured.get(inp);
            int junctions = InpJunctions.count(inp);
            HydraulicEngine.Timing oursSnapshot = null;
            HydraulicEngine.Timing oursPeriod = null;
            if (ours.isPresent()) {
                oursSnapshot = ours.get().snapshot(inp, runs);
                oursPeriod = ours.get().extendedPeriod(inp, horizon, runs);
            }
            snapshots.add(new SpeedupTable.Row(
                    network.getKey(),
                    junctions,
                    m.snapshotMillis(),
                    oursSnapshot == null ? null : oursSnapshot.medianMillis()));
            periods.add(new SpeedupTable.Row(
                    network.getKey(), junctions, m.epsMillis(), oursPeriod == null ? null : oursPeriod.medianMillis()));
            memory.add(String.format(
                    Locale.ROOT,
                    "%-22s %9d %14.1f %14.1f %s",
                    network.getKey(),
                    junctions,
                    m.wasmHeapBytes() / 1e6,
                    m.processRssBytes() / 1e6,
                    oursPeriod == null
                            ? "missing"
                            : String.format(
                                    Locale.ROOT,
                                    "%.1f (%s)",
                                    oursPeriod.memoryBytes() / 1e6,
                                    oursPeriod.memoryWhat())));
        }
        out.println();
        out.print(snapshots.render());
        out.println();
        out.print(periods.render());
        out.println();
        out.println("memory (MB)");
        out.printf(
                Locale.ROOT,
                "%-22s %9s %14s %14s %s%n",
                "network",
                "junctions",
                "epanet_wasm",
                "epanet_node_rss",
                "ours");
        memory.forEach(out::println);
        out.println();

        if (ours.isEmpty()) {
            out.println(
                    "our solver: missing. No HydraulicEngine besides epanet-js is on the bench's class path, so only"
                            + " EPANET's times are measured above and no speed-up is claimed.");
            throw new NoFigure(
                    "no hydraulics-speedup: our solver is missing (plug it in as a HydraulicEngine service)");
        }
        OptionalDouble speedup = SpeedupTable.speedup(List.of(snapshots, periods));
        if (speedup.isEmpty()) {
            throw new NoFigure(
                    "no hydraulics-speedup: a time was zero, so the ratio is undefined (see the rows above)");
        }
        // the goal: faster than EPANET on every network with more than 500 junctions
        List<String> slower = Stream.concat(snapshots.rows().stream(), periods.rows().stream())
                .filter(row -> row.junctions() > 500 && row.ratio().orElse(0) < 1)
                .map(SpeedupTable.Row::network)
                .distinct()
                .toList();
        out.println(
                slower.isEmpty()
                        ? "faster than EPANET on every network with more than 500 junctions"
                        : "slower than EPANET on networks with more than 500 junctions: " + String.join(", ", slower));
        out.println(
                "speed-up: geometric mean of EPANET's time over ours across the snapshot and the extended-period rows");
        return Result.line(String.format(Locale.ROOT, "hydraulics-speedup %.3f", speedup.getAsDouble()));
    }

    /** The first engine on the class path that is not EPANET itself. */
    static Optional<HydraulicEngine> ours() {
        return ServiceLoader.load(HydraulicEngine.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(engine -> !engine.name().equals("epanet-js"))
                .findFirst();
    }

    /** The networks in {@code dir} by name (file name without .inp/.inp.gz), decompressed into {@code work}. */
    static Map<String, Path> networks(Path dir, Path work, Set<String> only) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no network folder " + dir.toAbsolutePath() + " (give --networks DIR)");
        }
        Files.createDirectories(work);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".inp")
                            || p.getFileName().toString().endsWith(".inp.gz"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.inp(\\.gz)?$", "");
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            Path plain = work.resolve(name + ".inp");
            try (InputStream in = file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file))
                    : Files.newInputStream(file)) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            out.put(name, plain);
        }
        return out;
    }
}
