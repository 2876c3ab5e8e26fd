package org.headwater.hydraulics.leakdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * LeakDB's ground truth for one network: the scenarios (with or without leaks) and their leaks,
 * read from {@code leakdb_<net>_scenario_has_leak_*.csv} and {@code leakdb_<net>_leaks_scenarios_*.csv}.
 */
public final class LeakDbGroundTruth {

    /** Steps of a LeakDB year: 2017 at 30-minute steps. */
    public static final int STEPS = 17_520;

    public static final int STEP_SECONDS = 1800;

    private final Map<Integer, List<LeakDbLeak>> leaks;

    private LeakDbGroundTruth(Map<Integer, List<LeakDbLeak>> leaks) {
        this.leaks = leaks;
    }

    /** Reads every ground-truth file of {@code network} (Net1 or Hanoi) found in {@code dir}. */
    public static LeakDbGroundTruth read(Path dir, String network) {
        String net = network.toLowerCase(Locale.ROOT);
        Map<Integer, List<LeakDbLeak>> leaks = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("leakdb_" + net + "_scenario_has_leak_") && name.endsWith(".csv")) {
                    for (String[] row : rows(f)) {
                        leaks.putIfAbsent(Integer.parseInt(row[1]), new ArrayList<>());
                    }
                }
            }
            try (var again = Files.list(dir)) {
                for (Path f : again.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("leakdb_" + net + "_leaks_scenarios_") && name.endsWith(".csv")) {
                        for (String[] row : rows(f)) {
                            LeakDbLeak leak = leak(row);
                            leaks.computeIfAbsent(leak.scenario(), s -> new ArrayList<>())
                                    .add(leak);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LeakDB ground truth in " + dir, e);
        }
        if (leaks.isEmpty()) {
            throw new IllegalArgumentException("no LeakDB ground truth for " + network + " in " + dir);
        }
        return new LeakDbGroundTruth(leaks);
    }

    private static LeakDbLeak leak(String[] r) {
        return new LeakDbLeak(
                Integer.parseInt(r[1]),
                r[2],
                Double.parseDouble(r[3]),
                r[4].equalsIgnoreCase("incipient"),
                Integer.parseInt(r[5]),
                Integer.parseInt(r[6]),
                Integer.parseInt(r[7]));
    }

    private static List<String[]> rows(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.trim().split(","));
            }
        }
        return rows;
    }

    /** Scenario numbers, ascending. */
    public List<Integer> scenarios() {
        return List.copyOf(leaks.keySet());
    }

    public boolean has(int scenario) {
        return leaks.containsKey(scenario);
    }

    /** The leaks of a scenario (empty for a leak-free one). */
    public List<LeakDbLeak> leaks(int scenario) {
        List<LeakDbLeak> l = leaks.get(scenario);
        if (l == null) {
            throw new IllegalArgumentException("no scenario " + scenario + " in the ground truth");
        }
        return List.copyOf(l);
    }

    /** Per-step labels as LeakDB builds them: 1 on [start, end) of each leak. */
    public boolean[] labels(int scenario) {
        boolean[] y = new boolean[STEPS];
        for (LeakDbLeak leak : leaks(scenario)) {
            for (int t = Math.max(0, leak.start()); t < Math.min(STEPS, leak.end()); t++) {
                y[t] = true;
            }
        }
        return y;
    }
}
