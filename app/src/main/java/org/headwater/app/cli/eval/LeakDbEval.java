package org.headwater.app.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.detect.leak.LeakDbMnfDetector;
import org.headwater.detect.leak.LeakDbScore;
import org.headwater.detect.leak.LeakDbScoring;
import org.headwater.detect.leak.NightRatioTuning;
import org.headwater.hydraulics.leakdb.GeneratedScenario;
import org.headwater.hydraulics.leakdb.LeakDbFiles;
import org.headwater.hydraulics.leakdb.LeakDbGroundTruth;
import org.headwater.hydraulics.leakdb.ScenarioGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval leakdb}: simulates LeakDB scenarios with our solver, tunes the night-ratio
 * leak detector on one range of scenarios and scores it with LeakDB's scoring on another. The last
 * line is {@code leakdb F1 <percent>}.
 */
@Command(
        name = "leakdb",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate LeakDB scenarios (a year at 30-minute steps, leaks from LeakDB's ground truth) with the"
                    + " Java solver, choose the night-ratio leak detector's settings on the tuning scenarios and"
                    + " score it on the scored scenarios with LeakDB's scoring (TPR, TNR, F1, MCC, early detection).",
            "The inflows are our simulation of the scenarios, not LeakDB's published series.",
            "LeakDB's own MNF detector (γ = 0.1, 0.2, 0.3 as its paper) is scored on the same scenarios for comparison.",
            "Progress goes to stderr. The last line is `leakdb F1 <v>`, F1 in percent as LeakDB reports it."
        })
public final class LeakDbEval implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "Net1|Hanoi", description = "LeakDB network.")
    String network;

    @Option(
            names = "--scenarios",
            required = true,
            paramLabel = "DIR",
            description = "LeakDB folder: the network's .inp and leakdb_<net>_leaks_scenarios_*.csv,"
                    + " leakdb_<net>_scenario_has_leak_*.csv ground truth.")
    Path scenarios;

    @Option(
            names = "--tune",
            paramLabel = "A-B",
            description = "Scenarios the detector's settings are chosen on (default: ${DEFAULT-VALUE}).")
    String tune = "1-250";

    @Option(
            names = "--score",
            paramLabel = "A-B",
            description = "Scenarios scored with the chosen settings (default: ${DEFAULT-VALUE}).")
    String score = "251-500";

    @Option(
            names = "--steps",
            paramLabel = "N",
            description = "Steps simulated per scenario (default: the whole year, ${DEFAULT-VALUE}).")
    int steps = LeakDbGroundTruth.STEPS;

    @Option(names = "--threads", paramLabel = "N", description = "Scenarios simulated at once (default: 2).")
    int threads = 2;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LeakDbGroundTruth truth = LeakDbGroundTruth.read(scenarios, network);
        List<Integer> tuneSet = select(truth, tune);
        List<Integer> scoreSet = select(truth, score);
        if (steps < 48 * 30 || steps > LeakDbGroundTruth.STEPS) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--steps must be between 1440 and " + LeakDbGroundTruth.STEPS);
        }
        Path model = LeakDbFiles.model(scenarios, network);
        out.printf(
                Locale.ROOT,
                "network %s (%s), %d steps of 30 min; tuning on scenarios %s (%d), scoring on %s (%d)%n",
                network,
                model.getFileName(),
                steps,
                tune,
                tuneSet.size(),
                score,
                scoreSet.size());
        long start = System.nanoTime();
        List<Integer> all = new ArrayList<>(tuneSet);
        all.addAll(scoreSet);
        List<GeneratedScenario> generated = simulate(new ScenarioGenerator(model, network), truth, all, err);
        out.printf(
                Locale.ROOT,
                "simulated %d scenarios in %.0f s: %d leaks as emitters, %d at a tank (not simulable as an"
                        + " emitter, labelled all the same), median leak share of supplied water %.3f %n",
                generated.size(),
                (System.nanoTime() - start) / 1e9,
                generated.stream().mapToInt(GeneratedScenario::leaksSimulated).sum(),
                generated.stream()
                        .mapToInt(GeneratedScenario::leaksNotSimulated)
                        .sum(),
                medianLeakShare(generated));

        List<NightRatioTuning.Scenario> development = scenarios(generated.subList(0, tuneSet.size()), truth);
        List<NightRatioTuning.Scenario> held = scenarios(generated.subList(tuneSet.size(), generated.size()), truth);
        NightRatioTuning.Choice choice = NightRatioTuning.choose(NightRatioTuning.grid(), development);
        out.printf(Locale.ROOT, "chosen on scenarios %s: %s%n", tune, choice.settings());
        LeakDbScore scored = NightRatioTuning.score(choice.settings(), held);
        out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s%n", "scenarios", "TPR %", "TNR %", "F1 %", "MCC", "S_ED %");
        row(out, "tuning " + tune, choice.score());
        row(out, "scored " + score, scored);
        for (double gamma : new double[] {0.1, 0.2, 0.3}) {
            row(out, String.format(Locale.ROOT, "LeakDB MNF γ=%.1f %s", gamma, score), mnf(gamma, held));
        }
        out.printf(
                Locale.ROOT,
                "scored counts: TP %d FP %d TN %d FN %d, %d leak windows%n",
                scored.tp(),
                scored.fp(),
                scored.tn(),
                scored.fn(),
                scored.leakWindows());
        out.printf(Locale.ROOT, "leakdb F1 %.2f%n", scored.f1());
        out.flush();
        return 0;
    }

    private List<GeneratedScenario> simulate(
            ScenarioGenerator generator, LeakDbGroundTruth truth, List<Integer> ids, PrintWriter err)
            throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        List<Future<GeneratedScenario>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            for (int id : ids) {
                futures.add(pool.submit(() -> {
                    GeneratedScenario g = generator.generate(id, truth.leaks(id), steps);
                    int n = done.incrementAndGet();
                    if (n % 25 == 0 || n == ids.size()) {
                        synchronized (err) {
                            err.printf(Locale.ROOT, "leakdb %s: simulated %d/%d scenarios%n", network, n, ids.size());
                            err.flush();
                        }
                    }
                    return g;
                }));
            }
            List<GeneratedScenario> result = new ArrayList<>();
            for (Future<GeneratedScenario> f : futures) {
                result.add(f.get());
            }
            return result;
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "scenario simulation failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private List<NightRatioTuning.Scenario> scenarios(List<GeneratedScenario> generated, LeakDbGroundTruth truth) {
        return generated.stream()
                .map(g -> new NightRatioTuning.Scenario(g.inflow(), Arrays.copyOf(truth.labels(g.scenario()), steps)))
                .toList();
    }

    /** LeakDB's own MNF baseline with the paper's γ, on the same scored scenarios (not tuned). */
    private static LeakDbScore mnf(double gamma, List<NightRatioTuning.Scenario> scenarios) {
        LeakDbMnfDetector detector = new LeakDbMnfDetector(gamma, 48);
        LeakDbScoring scoring = new LeakDbScoring();
        for (NightRatioTuning.Scenario s : scenarios) {
            scoring.add(s.labels(), detector.detect(s.inflow()));
        }
        return scoring.score();
    }

    private static double medianLeakShare(List<GeneratedScenario> generated) {
        double[] shares = generated.stream()
                .filter(g -> g.leaksSimulated() > 0)
                .mapToDouble(GeneratedScenario::leakVolumeShare)
                .sorted()
                .toArray();
        return shares.length == 0 ? 0.0 : shares[shares.length / 2];
    }

    private static void row(PrintWriter out, String name, LeakDbScore s) {
        out.printf(
                Locale.ROOT,
                "%-28s %8.2f %8.2f %8.2f %8.3f %8.2f%n",
                name,
                s.truePositiveRate(),
                s.trueNegativeRate(),
                s.f1(),
                s.mcc(),
                s.earlyDetection());
    }

    private List<Integer> select(LeakDbGroundTruth truth, String range) {
        String[] parts = range.split("-");
        int from;
        int to;
        try {
            from = Integer.parseInt(parts[0].trim());
            to = Integer.parseInt(parts[parts.length - 1].trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a scenario range is A-B, not " + range);
        }
        List<Integer> ids =
                truth.scenarios().stream().filter(s -> s >= from && s <= to).toList();
        if (ids.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no scenarios " + range + " of " + network + " in " + scenarios);
        }
        return ids;
    }
}
