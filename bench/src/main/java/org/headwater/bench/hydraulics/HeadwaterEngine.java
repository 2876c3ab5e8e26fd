package org.headwater.bench.hydraulics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.Simulation;

/**
 * Our Java solver as a bench engine. The model is read and the {@link Simulation} built (node ordering,
 * factorisation plan: EPANET's {@code ENopenH}) outside the timing; each timed run is {@code snapshot()} or
 * {@code run(duration)} on that simulation, which starts again from the initial state as EPANET's
 * {@code ENinitH} does. Untimed warm-up runs come first so the JIT has compiled the solver: as many as fit
 * in {@value #WARM_UP_NANOS} ns (at least one, at most {@value #WARM_UP_MAX_RUNS}).
 *
 * <p>Memory: the heap retained by the model and the simulation after the runs, i.e. heap used after a
 * full collection with both reachable minus heap used after a full collection before reading the model.
 */
public final class HeadwaterEngine implements HydraulicEngine {

    private static final long WARM_UP_NANOS = 500_000_000L;
    private static final int WARM_UP_MAX_RUNS = 50;
    private static final String MEMORY_WHAT = "Java heap retained by model + simulation";

    @Override
    public String name() {
        return "headwater";
    }

    @Override
    public Timing snapshot(Path inp, int runs) {
        return measure(inp, runs, Simulation::snapshot);
    }

    @Override
    public Timing extendedPeriod(Path inp, Duration duration, int runs) {
        long seconds = duration.toSeconds();
        return measure(inp, runs, sim -> sim.run(seconds, (t, state) -> {}));
    }

    private interface Solve {
        void on(Simulation sim);
    }

    private static Timing measure(Path inp, int runs, Solve solve) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run");
        }
        long before = retainedHeap();
        HydraulicModel model = HydraulicModel.read(inp);
        Simulation sim = new Simulation(model);
        long warmStart = System.nanoTime();
        int warmRuns = 0;
        do {
            solve.on(sim);
            warmRuns++;
        } while (warmRuns < WARM_UP_MAX_RUNS && System.nanoTime() - warmStart < WARM_UP_NANOS);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            solve.on(sim);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long retained = Math.max(0, retainedHeap() - before);
        // keeps both reachable until the measurement above is taken
        if (sim.model() != model) {
            throw new IllegalStateException("simulation of another model");
        }
        return new Timing(median(millis), runs, retained, MEMORY_WHAT);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Heap in use after full collections (repeated until it stops falling, as finalisation frees more). */
    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
