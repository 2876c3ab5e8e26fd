package org.headwater.bench.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EPANET 2.2 as the peer: runs {@code epanet-run.mjs time} under Node on one or many networks in one
 * process (one warm-up run first, so WebAssembly compilation is not timed) and reads back the median
 * snapshot and EPS times, measured inside the engine calls, and the engine's WebAssembly heap.
 */
public final class EpanetJsEngine implements HydraulicEngine {

    private final EpanetJsInstall install;
    private final Map<Key, Measured> measured = new HashMap<>();

    public EpanetJsEngine(EpanetJsInstall install) {
        this.install = install;
    }

    private record Key(Path inp, int runs, long seconds) {}

    /**
     * What one network measured.
     *
     * @param junctions EPANET's junction count
     * @param snapshotMillis median time of the first {@code runH}
     * @param epsMillis median time of every {@code runH} and {@code nextH} up to the horizon
     * @param wasmHeapBytes the engine's WebAssembly memory
     * @param processRssBytes the Node process's resident memory at its peak so far
     */
    public record Measured(
            int junctions,
            double snapshotMillis,
            double epsMillis,
            int epsTimes,
            long wasmHeapBytes,
            long processRssBytes) {}

    @Override
    public String name() {
        return "epanet-js";
    }

    @Override
    public Timing snapshot(Path inp, int runs) throws IOException, InterruptedException {
        Measured m = cachedOrMeasure(inp, runs, Duration.ZERO);
        return new Timing(m.snapshotMillis(), runs, m.wasmHeapBytes(), "WebAssembly heap");
    }

    @Override
    public Timing extendedPeriod(Path inp, Duration duration, int runs) throws IOException, InterruptedException {
        Measured m = measureAll(List.of(inp), duration, runs).get(inp);
        return new Timing(m.epsMillis(), runs, m.wasmHeapBytes(), "WebAssembly heap");
    }

    private Measured cachedOrMeasure(Path inp, int runs, Duration otherwise) throws IOException, InterruptedException {
        // the EPS measurement also timed the snapshot: reuse it rather than start Node again
        for (Map.Entry<Key, Measured> entry : measured.entrySet()) {
            if (entry.getKey().inp().equals(inp) && entry.getKey().runs() == runs) {
                return entry.getValue();
            }
        }
        return measureAll(List.of(inp), otherwise, runs).get(inp);
    }

    /** Times every network in one Node process; later calls for the same file and settings reuse the figures. */
    public Map<Path, Measured> measureAll(List<Path> inps, Duration duration, int runs)
            throws IOException, InterruptedException {
        Map<Path, Measured> out = new HashMap<>();
        List<Path> todo = new ArrayList<>();
        for (Path inp : inps) {
            Measured known = measured.get(new Key(inp, runs, duration.toSeconds()));
            if (known != null) {
                out.put(inp, known);
            } else {
                todo.add(inp);
            }
        }
        if (todo.isEmpty()) {
            return out;
        }
        List<String> command = new ArrayList<>(List.of(
                "node",
                install.script().toString(),
                "time",
                "--runs",
                Integer.toString(runs),
                "--hours",
                String.format(Locale.ROOT, "%.6f", duration.toMillis() / 3_600_000.0)));
        // absolute, because Node runs in the install directory
        todo.forEach(inp -> command.add(inp.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(install.directory().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("EPANET (epanet-js) failed on " + todo + ": " + String.join(" | ", lines));
        }
        if (lines.size() != todo.size()) {
            throw new IllegalStateException("expected one result line per network from epanet-js, got " + lines);
        }
        for (int i = 0; i < todo.size(); i++) {
            Measured m = parse(lines.get(i));
            measured.put(new Key(todo.get(i), runs, duration.toSeconds()), m);
            out.put(todo.get(i), m);
        }
        return out;
    }

    /** Reads the flat JSON line the script prints. */
    static Measured parse(String json) {
        return new Measured(
                (int) number(json, "junctions"),
                number(json, "snapshot_ms"),
                number(json, "eps_ms"),
                (int) number(json, "eps_times"),
                (long) number(json, "wasm_heap_bytes"),
                (long) number(json, "process_rss_bytes"));
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in epanet-js output: " + json);
        }
        return Double.parseDouble(m.group(1));
    }
}
