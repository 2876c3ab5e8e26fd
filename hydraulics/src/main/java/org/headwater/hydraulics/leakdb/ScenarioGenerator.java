package org.headwater.hydraulics.leakdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.LinkType;
import org.headwater.hydraulics.Simulation;

/**
 * Simulates a LeakDB scenario with our solver, as LeakDB's generator does with WNTR: one year at
 * 30-minute steps; every junction its own generated demand pattern ({@link DemandGenerator}) and
 * base demand within ±u_B; every pipe's length, diameter and roughness within ±u_L, ±u_D, ±u_R,
 * each u drawn per scenario from {0, 5, 10, 15, 20 %}; pressure-driven demand; leaks from the
 * ground truth as orifices (q = 0.75·A·√(2g·p), no inflow at negative pressure), incipient ones
 * growing until their peak step. Seeded by network and scenario, so a scenario is reproducible.
 */
public final class ScenarioGenerator {

    static final double DISCHARGE_COEFFICIENT = 0.75;
    private static final double[] UNCERTAINTY = {0.0, 0.05, 0.10, 0.15, 0.20};

    private final Path inp;
    private final String network;

    public ScenarioGenerator(Path inp, String network) {
        this.inp = inp;
        this.network = network;
    }

    /** Simulates the first {@code steps} steps of a scenario with the given leaks. */
    public GeneratedScenario generate(int scenario, List<LeakDbLeak> leaks, int steps) {
        HydraulicModel model = HydraulicModel.read(inp);
        Random random = new Random(network.hashCode() * 1_000_003L + scenario);
        perturb(model, random, steps);
        model.setTimes((long) (steps - 1) * LeakDbGroundTruth.STEP_SECONDS, LeakDbGroundTruth.STEP_SECONDS);
        model.usePressureDrivenDemand();
        model.setEmitterBackflow(false);

        List<LeakDbLeak> atJunctions =
                leaks.stream().filter(l -> isJunction(model, l.node())).toList();
        int[] leakNodes = atJunctions.stream()
                .mapToInt(l -> model.nodeIndex(l.node()))
                .distinct()
                .toArray();
        SourceFlows sources = new SourceFlows(model);
        double[] inflow = new double[steps];
        double[] leakVolume = new double[1];
        Simulation sim = new Simulation(model);
        sim.run(
                model.durationSeconds(),
                time -> {
                    int step = (int) (time / LeakDbGroundTruth.STEP_SECONDS);
                    for (int node : leakNodes) {
                        model.setLeak(node, area(atJunctions, model.nodeId(node), step), DISCHARGE_COEFFICIENT);
                    }
                },
                (time, state) -> {
                    if (time % LeakDbGroundTruth.STEP_SECONDS == 0) {
                        int step = (int) (time / LeakDbGroundTruth.STEP_SECONDS);
                        inflow[step] = sources.inflow(state);
                        for (int node : leakNodes) {
                            leakVolume[0] += state.emitterFlow(node);
                        }
                    }
                });
        double supplied = 0;
        for (double q : inflow) {
            supplied += q;
        }
        return new GeneratedScenario(
                scenario,
                inflow,
                atJunctions.size(),
                leaks.size() - atJunctions.size(),
                supplied > 0 ? leakVolume[0] / supplied : 0.0,
                sim.warnings().size());
    }

    private static boolean isJunction(HydraulicModel model, String node) {
        int i = model.nodeIndex(node);
        if (i < 0) {
            throw new IllegalArgumentException("leak node " + node + " is not in " + model.name());
        }
        return i < model.junctionCount();
    }

    private static double area(List<LeakDbLeak> leaks, String node, int step) {
        double a = 0;
        for (LeakDbLeak l : leaks) {
            if (l.node().equals(node)) {
                a += l.areaAt(step);
            }
        }
        return a;
    }

    private static void perturb(HydraulicModel model, Random random, int steps) {
        double uLength = pick(random);
        double uDiameter = pick(random);
        double uRoughness = pick(random);
        double uBase = pick(random);
        for (int j = 0; j < model.junctionCount(); j++) {
            model.setJunctionDemand(j, within(random, uBase), DemandGenerator.multipliers(random, steps));
        }
        for (int k = 0; k < model.linkCount(); k++) {
            LinkType t = model.linkType(k);
            if (t == LinkType.PIPE || t == LinkType.CVPIPE) {
                model.scalePipe(k, within(random, uLength), within(random, uDiameter), within(random, uRoughness));
            }
        }
    }

    private static double pick(Random random) {
        return UNCERTAINTY[random.nextInt(UNCERTAINTY.length)];
    }

    private static double within(Random random, double u) {
        return 1 - u + 2 * u * random.nextDouble();
    }
}
