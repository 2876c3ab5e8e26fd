package org.headwater.app.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import org.headwater.detect.leak.BattleDimScoring;
import org.headwater.detect.leak.ResidualRule;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.battledim.BattleDimLeak;
import org.headwater.hydraulics.battledim.BattleDimSensors;
import org.headwater.hydraulics.battledim.BattleDimSimulation;
import org.headwater.hydraulics.twin.LeakLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval battledim}: the 2018 BattLeDIM leaks simulated on L-Town at the competition's sensors,
 * detected and located by the live twin's residual rule and leak locator, scored with BattLeDIM's economic score.
 * The last line is {@code battledim <EUR> of <perfect EUR>}.
 */
@Command(
        name = "battledim",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate the 2018 BattLeDIM leaks on L-Town (33 pressure sensors, 3 flows, the tank level, 5-minute"
                    + " steps, sensor noise) with the Java solver, detect them with the network-model residual rule,"
                    + " locate them with the leak locator and score the detections with BattLeDIM's economic score.",
            "The SCADA series are our simulation, not the competition's published files.",
            "Progress goes to stderr. The last line is `battledim <EUR> of <perfect EUR>`."
        })
public final class BattleDimEval implements Callable<Integer> {

    static final LocalDateTime YEAR = LocalDateTime.of(2018, 1, 1, 0, 0);
    static final int STEPS_PER_HOUR = 12;
    /** The reservoir outflows: what the town draws (PUMP_1 only moves water up to the tank inside it). */
    static final List<String> INFLOWS = List.of("p227", "p235");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--scenario",
            required = true,
            paramLabel = "DIR",
            description = "BattLeDIM folder: L-TOWN.inp, sensors.csv, leakages_2018_repaired.csv.")
    Path scenario;

    @Option(names = "--days", defaultValue = "365", description = "Days of 2018 to simulate (default: the year).")
    int days;

    @Option(names = "--seed", defaultValue = "2018", description = "Seed of the model error and sensor noise.")
    long seed;

    @Option(names = "--drop-kpa", defaultValue = "3", description = "Residual drop that counts (kPa).")
    double dropKpa;

    @Option(names = "--sensors", defaultValue = "3", description = "Sensors that must agree.")
    int sensorsAgreeing;

    @Option(names = "--hours", defaultValue = "6", description = "Consecutive hours over the drop.")
    int persistenceHours;

    @Option(names = "--baseline-hours", defaultValue = "168", description = "Hours in each sensor's median.")
    int baselineHours;

    @Option(
            names = "--estimate-hours",
            defaultValue = "24",
            description = "Hours of measured reservoir outflow behind the demand estimate.")
    int estimateHours;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path inp = scenario.resolve("L-TOWN.inp");
        for (Path p : List.of(inp, scenario.resolve("sensors.csv"), scenario.resolve("leakages_2018_repaired.csv"))) {
            if (!Files.isRegularFile(p)) {
                err.println("battledim: " + p + " is missing (expected the BattLeDIM folder)");
                return 2;
            }
        }
        BattleDimSensors sensors = BattleDimSensors.read(scenario.resolve("sensors.csv"));
        List<BattleDimLeak> leaks = BattleDimLeak.read(scenario.resolve("leakages_2018_repaired.csv"));
        int steps = days * 24 * STEPS_PER_HOUR;
        long t0 = System.nanoTime();
        err.println("battledim: simulating " + days + " days of 2018 at 5-minute steps with " + leaks.size()
                + " leaks (simulated SCADA, not the competition's files)");
        err.flush();
        BattleDimSimulation.Scada scada = BattleDimSimulation.simulate(
                () -> HydraulicModel.read(inp), sensors, leaks, YEAR, steps, seed, line -> progress(err, line));
        double[] multiplier = demandEstimate(inp, sensors, scada, estimateHours * STEPS_PER_HOUR);
        err.println("battledim: running the nominal model under the demand estimate");
        double[][] modelled = BattleDimSimulation.modelled(
                HydraulicModel.read(inp), sensors, multiplier, steps, line -> progress(err, line));
        List<BattleDimScoring.Detection> detections = detect(inp, sensors, scada, modelled, multiplier, err);
        List<BattleDimScoring.Leak> truth = truth(leaks, scada, steps);
        HydraulicModel model = HydraulicModel.read(inp);
        PipeDistances distances = new PipeDistances(model);
        BattleDimScoring.Score score = BattleDimScoring.score(truth, detections, distances::between);
        double perfect = BattleDimScoring.perfect(truth);
        report(out, truth, score, perfect, (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "battledim %.2f of %.2f%n", score.euros(), perfect);
        out.flush();
        return 0;
    }

    private static void progress(PrintWriter err, String line) {
        err.println("battledim: " + line);
        err.flush();
    }

    /**
     * The demand multiplier of the nominal model at each step: the measured reservoir outflow over the previous
     * {@code window} steps against the nominal model's over the same steps of its weekly patterns (1 at first).
     */
    static double[] demandEstimate(Path inp, BattleDimSensors sensors, BattleDimSimulation.Scada scada, int window) {
        double[] nominal = BattleDimSimulation.nominalInflowWeek(HydraulicModel.read(inp), INFLOWS);
        double[] measured = new double[scada.steps()];
        for (String link : INFLOWS) {
            double[] q = scada.flowM3h()[sensors.flowLinks().indexOf(link)];
            for (int k = 0; k < q.length; k++) {
                measured[k] += q[k];
            }
        }
        int day = window;
        double[] multiplier = new double[scada.steps()];
        double sumMeasured = 0;
        double sumNominal = 0;
        for (int k = 0; k < scada.steps(); k++) {
            multiplier[k] = k < day || sumNominal <= 0 ? 1 : sumMeasured / sumNominal;
            sumMeasured += measured[k];
            sumNominal += nominal[k % nominal.length];
            if (k >= day) {
                sumMeasured -= measured[k - day];
                sumNominal -= nominal[(k - day) % nominal.length];
            }
        }
        return multiplier;
    }

    /** Hourly mean residuals through the residual rule; each raise is located and becomes a detection. */
    private List<BattleDimScoring.Detection> detect(
            Path inp,
            BattleDimSensors sensors,
            BattleDimSimulation.Scada scada,
            double[][] modelled,
            double[] multiplier,
            PrintWriter err) {
        ResidualRule.Settings settings =
                new ResidualRule.Settings(dropKpa, sensorsAgreeing, persistenceHours, baselineHours);
        ResidualRule rule = new ResidualRule(settings);
        HydraulicModel locating = HydraulicModel.read(inp);
        List<BattleDimScoring.Detection> detections = new ArrayList<>();
        int hours = scada.steps() / STEPS_PER_HOUR;
        for (int h = 0; h < hours; h++) {
            Map<String, Double> residual = new LinkedHashMap<>();
            for (int i = 0; i < sensors.pressureNodes().size(); i++) {
                double sum = 0;
                for (int k = h * STEPS_PER_HOUR; k < (h + 1) * STEPS_PER_HOUR; k++) {
                    sum += scada.pressureM()[i][k] - modelled[i][k];
                }
                residual.put(sensors.pressureNodes().get(i), sum / STEPS_PER_HOUR * 9.80665);
            }
            LocalDateTime end = YEAR.plusHours(h + 1);
            if (rule.evaluate(end.atZone(java.time.ZoneOffset.UTC).toInstant(), residual)
                    instanceof ResidualRule.Raise raise) {
                int step = (h + 1) * STEPS_PER_HOUR;
                String pipe =
                        locate(locating, raise.changeKpa(), end, multiplier[Math.min(step, multiplier.length - 1)]);
                detections.add(new BattleDimScoring.Detection(pipe, step));
                err.printf(
                        Locale.ROOT,
                        "battledim: leak suspected %s (drop %.1f kPa), located at pipe %s%n",
                        end,
                        raise.dropKpa(),
                        pipe);
                err.flush();
                // the located leak is reported; the rule starts again on the new level to find the next one
                rule = new ResidualRule(settings);
            }
        }
        return detections;
    }

    private static String locate(HydraulicModel m, Map<String, Double> changeKpa, LocalDateTime at, double multiplier) {
        Interventions.startAtClock(m, at.toLocalTime().toSecondOfDay());
        m.setDemandMultiplier(multiplier);
        List<LeakLocator.Candidate> candidates = LeakLocator.rank(m, changeKpa, 3);
        return LeakLocator.pipes(candidates, 1).getFirst().pipe();
    }

    private static List<BattleDimScoring.Leak> truth(
            List<BattleDimLeak> leaks, BattleDimSimulation.Scada scada, int steps) {
        List<BattleDimScoring.Leak> truth = new ArrayList<>();
        for (int i = 0; i < leaks.size(); i++) {
            BattleDimLeak leak = leaks.get(i);
            int start = stepOf(leak.start());
            int end = Math.min(steps - 1, stepOf(leak.end()));
            if (start < steps) {
                truth.add(new BattleDimScoring.Leak(leak.pipe(), start, Math.max(start, end), scada.leakM3h()[i]));
            }
        }
        return truth;
    }

    private static int stepOf(LocalDateTime t) {
        return (int) (java.time.Duration.between(YEAR, t).toSeconds() / BattleDimSimulation.STEP_SECONDS);
    }

    private static void report(
            PrintWriter out,
            List<BattleDimScoring.Leak> truth,
            BattleDimScoring.Score score,
            double perfect,
            double s) {
        out.println("BattLeDIM 2018 leaks on simulated SCADA (our solver, sensor noise; not the competition's files)");
        out.println("| leak pipe | start | end | water lost (m³) | credited detection | distance (m) | € |");
        out.println("|---|---|---|---|---|---|---|");
        for (BattleDimScoring.Leak leak : truth) {
            double m3 = Arrays.stream(leak.outflowM3PerHour()).sum() / STEPS_PER_HOUR;
            BattleDimScoring.Item item = score.items().stream()
                    .filter(i -> leak.pipe().equals(i.creditedLeak()))
                    .findFirst()
                    .orElse(null);
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %.0f | %s | %s | %s |%n",
                    leak.pipe(),
                    YEAR.plusMinutes(5L * leak.startStep()),
                    YEAR.plusMinutes(5L * leak.endStep()),
                    m3,
                    item == null
                            ? "missed"
                            : item.detection().pipe() + " @ "
                                    + YEAR.plusMinutes(5L * item.detection().step()),
                    item == null ? "–" : String.format(Locale.ROOT, "%.0f", item.distanceM()),
                    item == null ? "0" : String.format(Locale.ROOT, "%.2f", item.euros()));
        }
        out.printf(
                Locale.ROOT,
                "detections %d, true positives %d, false positives %d, missed %d; %.0f s%n",
                score.items().size(),
                score.truePositives(),
                score.falsePositives(),
                score.falseNegatives(),
                s);
    }

    /** BattLeDIM's pipe distance on the model: Dijkstra over link lengths from each end of a pipe, cached. */
    static final class PipeDistances {
        private final HydraulicModel m;
        private final Map<Integer, double[]> fromNode = new HashMap<>();
        private final List<List<int[]>> adjacent = new ArrayList<>();

        PipeDistances(HydraulicModel m) {
            this.m = m;
            for (int n = 0; n < m.nodeCount(); n++) {
                adjacent.add(new ArrayList<>());
            }
            for (int k = 0; k < m.linkCount(); k++) {
                adjacent.get(m.linkFrom(k)).add(new int[] {m.linkTo(k), k});
                adjacent.get(m.linkTo(k)).add(new int[] {m.linkFrom(k), k});
            }
        }

        double between(String a, String b) {
            int ka = m.linkIndex(a);
            int kb = m.linkIndex(b);
            if (ka < 0 || kb < 0) {
                return Double.POSITIVE_INFINITY;
            }
            return BattleDimScoring.pipeDistance(
                    new String[] {m.nodeId(m.linkFrom(ka)), m.nodeId(m.linkTo(ka))},
                    m.length(ka),
                    new String[] {m.nodeId(m.linkFrom(kb)), m.nodeId(m.linkTo(kb))},
                    m.length(kb),
                    (x, y) -> dijkstra(m.nodeIndex(x))[m.nodeIndex(y)]);
        }

        private double[] dijkstra(int source) {
            return fromNode.computeIfAbsent(source, s -> {
                double[] d = new double[m.nodeCount()];
                Arrays.fill(d, Double.POSITIVE_INFINITY);
                d[s] = 0;
                PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
                queue.add(new double[] {0, s});
                while (!queue.isEmpty()) {
                    double[] top = queue.poll();
                    int n = (int) top[1];
                    if (top[0] > d[n]) {
                        continue;
                    }
                    for (int[] edge : adjacent.get(n)) {
                        double next = d[n] + m.length(edge[1]);
                        if (next < d[edge[0]]) {
                            d[edge[0]] = next;
                            queue.add(new double[] {next, edge[0]});
                        }
                    }
                }
                return d;
            });
        }
    }
}
