package org.headwater.testkit.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a parser over seeded mutants, one at a time on a worker thread, each with a time limit: an
 * input that does not finish in time is a failure (a hang), and the stuck worker is abandoned for a
 * fresh one. Counts what was accepted, clearly refused and quarantined, and keeps the first failures
 * with the seed that rebuilds each input.
 */
public final class FuzzHarness {

    private static final int KEPT_FAILURES = 10;
    private static final int KEPT_REJECTIONS = 3;
    private static final int HEAP_SAMPLE_EVERY = 64;

    private final Duration perInputTimeout;
    private final int maxBytes;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /**
     * @param perInputTimeout the longest one input may take before it counts as a hang
     * @param maxBytes the largest mutant fed
     */
    public FuzzHarness(Duration perInputTimeout, int maxBytes) {
        this.perInputTimeout = perInputTimeout;
        this.maxBytes = maxBytes;
    }

    public FuzzReport run(FuzzTarget target, long runSeed, long inputs) {
        MutationEngine engine = new MutationEngine(target.corpus(), runSeed, maxBytes);
        ExecutorService worker = newWorker(target.name());
        long accepted = 0;
        long rejected = 0;
        long quarantined = 0;
        long failures = 0;
        long maxNanos = 0;
        long maxHeap = memory.getHeapMemoryUsage().getUsed();
        List<String> firstFailures = new ArrayList<>();
        List<String> sampleRejections = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (long i = 0; i < inputs; i++) {
                Mutant mutant = engine.mutant(i);
                long t0 = System.nanoTime();
                Future<Integer> result = worker.submit(() -> target.parser().parse(mutant.bytes()));
                String failure = null;
                try {
                    quarantined += result.get(perInputTimeout.toNanos(), TimeUnit.NANOSECONDS);
                    accepted++;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (target.clearError().test(cause)) {
                        rejected++;
                        if (sampleRejections.size() < KEPT_REJECTIONS) {
                            sampleRejections.add(shortened(cause.getMessage()));
                        }
                    } else {
                        failure = describe(cause);
                    }
                } catch (TimeoutException e) {
                    result.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(target.name());
                    failure = "no result within " + perInputTimeout.toMillis() + " ms (a hang)";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("fuzz run of " + target.name() + " interrupted", e);
                }
                maxNanos = Math.max(maxNanos, System.nanoTime() - t0);
                if (failure != null) {
                    failures++;
                    if (firstFailures.size() < KEPT_FAILURES) {
                        firstFailures.add(target.name() + ": " + mutant.describe() + " (run seed " + runSeed
                                + ", input " + i + "): " + failure);
                    }
                }
                if (i % HEAP_SAMPLE_EVERY == 0) {
                    maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new FuzzReport(
                target.name(),
                inputs,
                accepted,
                rejected,
                quarantined,
                failures,
                maxNanos / 1e6,
                maxHeap,
                (System.nanoTime() - started) / 1_000_000,
                firstFailures,
                sampleRejections);
    }

    private static ExecutorService newWorker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String shortened(String message) {
        String text = String.valueOf(message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The exception and where in our code it came from, so the failure points at the parser. */
    static String describe(Throwable error) {
        String message = String.valueOf(error.getMessage());
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        StringBuilder text =
                new StringBuilder(error.getClass().getName()).append(": ").append(message);
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("org.headwater.")
                    && !frame.getClassName().startsWith("org.headwater.testkit.fuzz.")) {
                text.append(" at ").append(frame);
                break;
            }
        }
        return text.toString();
    }
}
