package org.headwater.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Compares a {@link QualitySimulation} with EPANET 2.2's water-quality results in a folder of
 * {@code data/epanet-quality/} ({@code quality_info.json} naming network and mode,
 * {@code quality_24h.csv.gz} with node and link quality at every hydraulic solution time): the
 * largest absolute difference over nodes and over links, and where and when it occurs.
 */
public final class QualityComparison {

    /** Chlorine and other chemicals: |Δ| ≤ 0.01 in the chemical's units (mg/L) or 1 % of the value. */
    public static final double CHEMICAL_ABS = 0.01;

    public static final double CHEMICAL_REL = 0.01;

    /** Water age: |Δ| ≤ 0.5 h. */
    public static final double AGE_ABS = 0.5;

    /** Source trace: |Δ| ≤ 1 percentage point. */
    public static final double TRACE_ABS = 1.0;

    /** The comparison of one folder; errors in the result's units (mg/L, hours or percent). */
    public record Result(
            String folder,
            String network,
            QualityType type,
            String units,
            int timesCompared,
            int timesMissing,
            double nodeError,
            String nodeWhere,
            double linkError,
            String linkWhere,
            double largestValue,
            long runMillis) {

        /** The larger of the node and link errors. */
        public double maxError() {
            return Math.max(nodeError, linkError);
        }

        public double tolerance() {
            return switch (type) {
                case AGE -> AGE_ABS;
                case TRACE -> TRACE_ABS;
                default -> Math.max(CHEMICAL_ABS, CHEMICAL_REL * largestValue);
            };
        }

        public boolean withinTolerance() {
            return timesMissing == 0 && timesCompared > 0 && maxError() <= tolerance();
        }
    }

    private QualityComparison() {}

    /** Network file name (without extension) and mode of a reference folder, from its quality_info.json. */
    public static String network(Path folder) {
        return field(info(folder), "network");
    }

    /** The case's .inp: {@code NETWORK.inp(.gz)} in the folder itself (a variant made for the case), else in a network folder. */
    public static java.util.Optional<Path> modelFile(Path folder, java.util.List<Path> networkDirs) {
        String name = network(folder);
        java.util.List<Path> dirs = new java.util.ArrayList<>();
        dirs.add(folder);
        dirs.addAll(networkDirs);
        for (Path dir : dirs) {
            for (String ext : java.util.List.of(".inp", ".inp.gz")) {
                Path p = dir.resolve(name + ext);
                if (Files.exists(p)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The case's quality mode as the bench script takes it: file, age, trace:NODE or chlorine[:C0[:KB]]. */
    public static String mode(Path folder) {
        return field(info(folder), "quality_mode");
    }

    /** The quality settings of the case of {@code folder}. */
    public static QualitySettings settings(HydraulicModel model, Path folder) {
        String info = info(folder);
        return settings(model, field(info, "quality_mode"), field(info, "trace_node"));
    }

    /** Runs the case of {@code folder} on {@code model} for 24 h and compares every reported time. */
    public static Result compare(HydraulicModel model, Path folder) {
        QualitySettings settings = settings(model, folder);
        Map<Long, double[][]> ref = readReference(model, folder.resolve("quality_24h.csv.gz"));
        QualitySimulation sim = new QualitySimulation(model, settings);
        double[] node = {0, 0};
        double[] link = {0, 0};
        String[] where = {"", ""};
        int[] times = {0};
        long start = System.nanoTime();
        sim.run(86_400, (t, h, qs) -> {
            double[][] r = ref.remove(t);
            if (r == null) {
                return;
            }
            times[0]++;
            compareAll(model.nodeCount(), qs::nodeQuality, r[0], model::nodeId, t, node, where, 0);
            compareAll(model.linkCount(), qs::linkQuality, r[1], model::linkId, t, link, where, 1);
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(
                folder.getFileName().toString(),
                model.name(),
                settings.type(),
                settings.units(),
                times[0],
                ref.size(),
                node[0],
                where[0],
                link[0],
                where[1],
                Math.max(node[1], link[1]),
                millis);
    }

    /** Updates {@code max} = {largest |Δ|, largest |reference|} and where[slot] over n elements at time t. */
    private static void compareAll(
            int n,
            java.util.function.IntToDoubleFunction ours,
            double[] ref,
            java.util.function.IntFunction<String> id,
            long t,
            double[] max,
            String[] where,
            int slot) {
        for (int i = 0; i < n; i++) {
            double d = Math.abs(ours.applyAsDouble(i) - ref[i]);
            if (d > max[0]) {
                max[0] = d;
                where[slot] = id.apply(i) + "@" + t;
            }
            max[1] = Math.max(max[1], Math.abs(ref[i]));
        }
    }

    /**
     * The settings of a reference mode as bench/epanet-js/epanet-run.mjs applies them: {@code file},
     * {@code age}, {@code trace:NODE}, or {@code chlorine[:C0[:KB]]} (every reservoir at C0, every
     * pipe and tank with bulk coefficient KB per day).
     */
    public static QualitySettings settings(HydraulicModel model, String mode, String traceNode) {
        QualitySettings q = model.quality();
        if (mode.equals("age")) {
            q.age();
        } else if (mode.startsWith("trace:")) {
            q.trace(requireNode(model, mode.substring("trace:".length())));
        } else if (mode.startsWith("chlorine")) {
            q.chemical("Chlorine", "mg/L");
            String[] parts = mode.split(":");
            if (parts.length > 1) {
                double c0 = Double.parseDouble(parts[1]);
                for (int i = model.junctionCount(); i < model.nodeCount(); i++) {
                    if (model.nodeKind(i).equals("RESERVOIR")) {
                        q.initialQuality(i, c0);
                    }
                }
            }
            if (parts.length > 2) {
                double kb = Double.parseDouble(parts[2]);
                for (int k = 0; k < model.linkCount(); k++) {
                    if (model.linkType(k).ordinal() <= LinkType.PIPE.ordinal()) {
                        q.pipeBulk(k, kb);
                    }
                }
                for (int i = model.junctionCount(); i < model.nodeCount(); i++) {
                    if (model.nodeKind(i).equals("TANK")) {
                        q.tankBulk(i, kb, model);
                    }
                }
            }
        } else if (!mode.equals("file")) {
            throw new IllegalArgumentException("unknown quality mode '" + mode + "'");
        }
        if (q.type() == QualityType.TRACE && q.traceNode() < 0 && !traceNode.isEmpty()) {
            q.trace(requireNode(model, traceNode));
        }
        return q;
    }

    private static int requireNode(HydraulicModel model, String id) {
        int n = model.nodeIndex(id);
        if (n < 0) {
            throw new IllegalArgumentException("unknown trace node '" + id + "' in " + model.name());
        }
        return n;
    }

    private static String info(Path folder) {
        try {
            return Files.readString(folder.resolve("quality_info.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve("quality_info.json"), e);
        }
    }

    /** A string field of the flat JSON object written by the bench script. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("quality_info.json has no \"" + name + "\"");
        }
        return m.group(1);
    }

    /** time → {node values, link values} in the model's index order. */
    private static Map<Long, double[][]> readReference(HydraulicModel model, Path file) {
        Map<Long, double[][]> byTime = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.split(",", -1);
                long t = Long.parseLong(r[0]);
                double[][] v = byTime.computeIfAbsent(
                        t, x -> new double[][] {new double[model.nodeCount()], new double[model.linkCount()]});
                boolean isNode = r[1].equals("node");
                int i = isNode ? model.nodeIndex(r[2]) : model.linkIndex(r[2]);
                if (i < 0) {
                    throw new IllegalArgumentException(file + ": unknown " + r[1] + " " + r[2]);
                }
                v[isNode ? 0 : 1][i] = Double.parseDouble(r[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return byTime;
    }
}
