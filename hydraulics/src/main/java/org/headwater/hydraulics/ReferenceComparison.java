package org.headwater.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Compares this solver with EPANET 2.2's own results for a network, as the reference folder's
 * SOURCE.md prescribes: statuses equal, heads and pressures within 1e-2 (target 1e-3) in the
 * file's units, flows within 1e-3 of the largest reference flow, tank levels, and the set of
 * intermediate event times within 2 s. Reads {@code snapshot_t0.csv.gz} and, when present,
 * {@code eps_24h.csv.gz}.
 */
public final class ReferenceComparison {

    public static final double HEAD_ACCEPTED = 1.0e-2;
    public static final double FLOW_ACCEPTED = 1.0e-3;
    /** Relative flow difference allowed on links carrying more than 1 % of the largest flow. */
    public static final double LARGE_FLOW_RELATIVE = 1.0e-2;

    private static final long EVENT_TOLERANCE_S = 2;

    /** Differences found; heads in ft or m, flows as a fraction of the largest reference flow. */
    public record Result(
            String network,
            double snapshotHead,
            double snapshotFlow,
            int snapshotStatusMismatches,
            double demandRelative,
            int epsTimesCompared,
            double epsHead,
            double epsFlow,
            double epsTankLevel,
            int epsStatusMismatches,
            int eventTimesMissing,
            int eventTimesExtra,
            int zeroFlowSignFlips,
            double largeFlowRelative,
            String firstMismatch) {

        public boolean withinTolerance() {
            return snapshotHead <= HEAD_ACCEPTED
                    && snapshotFlow <= FLOW_ACCEPTED
                    && snapshotStatusMismatches == 0
                    && epsHead <= HEAD_ACCEPTED
                    && epsFlow <= FLOW_ACCEPTED
                    && epsTankLevel <= HEAD_ACCEPTED
                    && epsStatusMismatches == 0
                    && eventTimesMissing == 0
                    && eventTimesExtra == 0
                    && largeFlowRelative <= LARGE_FLOW_RELATIVE;
        }
    }

    private ReferenceComparison() {}

    /**
     * Runs {@code model} and compares it with the reference in {@code dir}; the EPS is compared up
     * to {@code epsLimitSeconds} (86,400 for the full reference).
     */
    public static Result compare(HydraulicModel model, Path dir, long epsLimitSeconds) {
        Simulation sim = new Simulation(model);
        Diff snap = new Diff();
        HydraulicState t0 = sim.snapshot();
        compareSnapshot(model, t0, dir.resolve("snapshot_t0.csv.gz"), snap);
        Path epsFile = dir.resolve("eps_24h.csv.gz");
        Diff eps = new Diff();
        int[] compared = new int[1];
        int missing = 0;
        int extra = 0;
        if (Files.exists(epsFile) && model.durationSeconds() > 0) {
            TreeMap<Long, Map<String, Double>> ref = readEps(epsFile);
            TreeSet<Long> ours = new TreeSet<>();
            long step = model.hydraulicStepSeconds();
            sim.run(Math.min(86_400, epsLimitSeconds), (t, state) -> {
                ours.add(t);
                Map<String, Double> values = ref.get(t);
                if (values != null && t <= epsLimitSeconds) {
                    compared[0]++;
                    compareStep(model, state, values, eps, t);
                }
            });
            for (long t : ref.keySet()) {
                if (t > epsLimitSeconds) {
                    continue;
                }
                if (t % step != 0 && !near(ours, t)) {
                    missing++;
                    eps.note("event time " + t + " s missing");
                } else if (t % step == 0 && !ours.contains(t)) {
                    missing++;
                    eps.note("regular time " + t + " s missing");
                }
            }
            for (long t : ours) {
                if (t <= epsLimitSeconds && !near(ref.navigableKeySet(), t)) {
                    extra++;
                    eps.note("extra event time " + t + " s");
                }
            }
        }
        String first = snap.first != null ? snap.first : eps.first;
        return new Result(
                model.name(),
                snap.head,
                snap.flowRelative(),
                snap.status,
                snap.demand,
                compared[0],
                eps.head,
                eps.flowRelative(),
                eps.level,
                eps.status,
                missing,
                extra,
                eps.zeroFlowSign,
                Math.max(snap.largeRelative, eps.largeRelative),
                first == null ? "" : first);
    }

    private static boolean near(java.util.NavigableSet<Long> times, long t) {
        Long lo = times.floor(t + EVENT_TOLERANCE_S);
        return lo != null && lo >= t - EVENT_TOLERANCE_S;
    }

    /** Largest differences over the values compared. */
    private static final class Diff {
        double head;
        double flow;
        double maxRefFlow;
        double level;
        double demand;
        int status;
        int zeroFlowSign;
        double largeRelative;
        String first;

        /** Relative difference of a link flow that carries more than 1 % of the largest one. */
        void large(double ours, double ref, double maxQ) {
            if (Math.abs(ref) > 0.01 * maxQ) {
                largeRelative = Math.max(largeRelative, Math.abs(ours - ref) / Math.abs(ref));
            }
        }

        double flowRelative() {
            return maxRefFlow > 0 ? flow / maxRefFlow : flow;
        }

        void note(String what) {
            if (first == null) {
                first = what;
            }
        }

        void head(double ours, double ref, String what) {
            double d = Math.abs(ours - ref);
            if (d > head) {
                head = d;
            }
            if (d > HEAD_ACCEPTED) {
                note(what + " differs by " + d);
            }
        }
    }

    private static void compareSnapshot(HydraulicModel m, HydraulicState s, Path file, Diff d) {
        List<String[]> rows = readCsv(file);
        String[] header = rows.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i], i);
        }
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[col.get("kind")].equals("link")) {
                String flow = r[col.get("flow")];
                if (!flow.isEmpty()) {
                    d.maxRefFlow = Math.max(d.maxRefFlow, Math.abs(Double.parseDouble(flow)));
                }
            }
        }
        for (String[] r : rows.subList(1, rows.size())) {
            String id = r[col.get("id")];
            if (r[col.get("kind")].equals("node")) {
                int n = m.nodeIndex(id);
                if (n < 0) {
                    d.status++;
                    d.note("node " + id + " unknown");
                    continue;
                }
                d.head(s.head(n), num(r[col.get("head")]), "head at " + id);
                d.head(s.pressure(n), num(r[col.get("pressure")]), "pressure at " + id);
                double demand = num(r[col.get("demand")]);
                if (n < m.junctionCount()) {
                    double rel = Math.abs(s.demand(n) - demand) / Math.max(1e-9, Math.abs(demand));
                    d.demand = Math.max(d.demand, Math.abs(demand) < 1e-9 ? Math.abs(s.demand(n)) : rel);
                } else {
                    d.flow = Math.max(d.flow, Math.abs(s.demand(n) - demand));
                }
            } else {
                int k = m.linkIndex(id);
                if (k < 0) {
                    d.status++;
                    d.note("link " + id + " unknown");
                    continue;
                }
                double dq = Math.abs(s.flow(k) - num(r[col.get("flow")]));
                d.flow = Math.max(d.flow, dq);
                d.large(s.flow(k), num(r[col.get("flow")]), d.maxRefFlow);
                if (dq > FLOW_ACCEPTED * d.maxRefFlow) {
                    d.note("flow in " + id + " differs by " + dq);
                }
                boolean pumpOrValve = m.linkType(k).ordinal() >= LinkType.PUMP.ordinal();
                int status = (int) num(r[col.get("status")]);
                int code = (int) num(r[col.get("status_code")]);
                if (status != s.status(k) || pumpOrValve && code != s.statusCode(k)) {
                    d.status++;
                    d.note("status of " + id + ": ours " + LinkStatus.name(s.statusCode(k)) + ", EPANET "
                            + LinkStatus.name(code));
                }
            }
        }
    }

    private static void compareStep(HydraulicModel m, HydraulicState s, Map<String, Double> ref, Diff d, long t) {
        double maxQ = 0;
        for (int k = 0; k < m.linkCount(); k++) {
            Double q = ref.get("L" + m.linkId(k) + "|flow");
            if (q != null) {
                maxQ = Math.max(maxQ, Math.abs(q));
            }
        }
        d.maxRefFlow = Math.max(d.maxRefFlow, maxQ);
        for (int n = 0; n < m.nodeCount(); n++) {
            String id = m.nodeId(n);
            Double h = ref.get("N" + id + "|head");
            if (h != null) {
                d.head(s.head(n), h, "head at " + id + " at " + t + " s");
            }
            Double level = ref.get("N" + id + "|tank_level");
            if (level != null) {
                double dl = Math.abs(s.tankLevel(n) - level);
                d.level = Math.max(d.level, dl);
            }
        }
        for (int k = 0; k < m.linkCount(); k++) {
            String id = m.linkId(k);
            Double q = ref.get("L" + id + "|flow");
            if (q != null) {
                double dq = Math.abs(s.flow(k) - q);
                d.large(s.flow(k), q, maxQ);
                if (dq / Math.max(maxQ, 1e-12) > d.flow / Math.max(d.maxRefFlow, 1e-12)) {
                    d.flow = dq / Math.max(maxQ, 1e-12) * d.maxRefFlow;
                }
                if (dq > FLOW_ACCEPTED * maxQ) {
                    d.note("flow in " + id + " at " + t + " s differs by " + dq);
                }
            }
            Double st = ref.get("L" + id + "|status");
            Double code = ref.get("L" + id + "|status_code");
            boolean wrong =
                    st != null && st.intValue() != s.status(k) || code != null && code.intValue() != s.statusCode(k);
            boolean zeroFlow =
                    Math.abs(s.flow(k)) <= FLOW_ACCEPTED * maxQ && Math.abs(q == null ? 0 : q) <= FLOW_ACCEPTED * maxQ;
            if (wrong && m.linkType(k) == LinkType.PUMP && st != null && st.intValue() == s.status(k) && zeroFlow) {
                // an open pump at shut-off: EPANET's API calls it XHEAD when the flow's sign is negative
                d.zeroFlowSign++;
            } else if (wrong) {
                d.status++;
                d.note("status of " + id + " at " + t + " s: ours " + LinkStatus.name(s.statusCode(k)) + ", EPANET "
                        + (code == null ? st : LinkStatus.name(code.intValue())));
            }
        }
    }

    private static double num(String s) {
        return s.isEmpty() ? 0.0 : Double.parseDouble(s);
    }

    private static TreeMap<Long, Map<String, Double>> readEps(Path file) {
        TreeMap<Long, Map<String, Double>> byTime = new TreeMap<>();
        List<String[]> rows = readCsv(file);
        for (String[] r : rows.subList(1, rows.size())) {
            long t = Long.parseLong(r[0]);
            String key = (r[1].equals("node") ? "N" : "L") + r[2] + "|" + r[3];
            byTime.computeIfAbsent(t, x -> new HashMap<>()).put(key, Double.parseDouble(r[4]));
        }
        return byTime;
    }

    private static List<String[]> readCsv(Path file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}
