package org.headwater.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.DetectionResult;
import org.headwater.detect.ami.DetectorChain;
import org.headwater.detect.ami.SourceDirectory;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * {@code bench detect [METERS] [DAYS]}: the whole AMI detector chain on one thread over hourly
 * interval reads of synthetic households held in memory (a few with leaks and backflow), fed hour by
 * hour as the headend delivers them. Reports reads per second of the benchmark thread's CPU time
 * (per core: the machine is shared, so wall time also counts other processes' turns), best of five
 * timed runs after a warm-up run; wall-clock rates are printed alongside.
 */
public final class DetectBenchmark implements Benchmark {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String description() {
        return "AMI detector chain, one thread, in-memory hourly reads [METERS=5000] [DAYS=28]";
    }

    @Override
    public Result run(List<String> args, PrintStream out) {
        int meters = args.size() > 0 ? positive(args.get(0), "METERS") : 5000;
        int days = args.size() > 1 ? positive(args.get(1), "DAYS") : 28;
        List<List<Reading>> hours = synthesise(meters, days);
        long reads = (long) meters * days * 24;
        out.printf(Locale.ROOT, "%d meters x %d days = %d hourly reads%n", meters, days, reads);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int run = 0; run < 6; run++) {
            long alerts = 0;
            DetectorChain chain = new DetectorChain(
                    SourceDirectory.acceptingEveryId(),
                    new Thresholds(Clock.fixed(START, ZoneOffset.UTC)),
                    ChainSettings.immediate(),
                    Clock.fixed(START, ZoneOffset.UTC));
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int h = 0; h < hours.size(); h++) {
                chain.accept(hours.get(h), List.of());
                DetectionResult result = chain.advanceTo(START.plus(Duration.ofHours(h + 1L)));
                alerts += result.alertEvents().size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double rate = reads / cpuSeconds;
            out.printf(
                    Locale.ROOT,
                    "%s: %.3f s wall (%.0f reads/s), %.3f s on the CPU (%.0f reads/s per core), %d alert events%n",
                    run == 0 ? "warm-up" : "run " + run,
                    seconds,
                    reads / seconds,
                    cpuSeconds,
                    rate,
                    alerts);
            if (run > 0) {
                best = Math.max(best, rate);
            }
        }
        return new Result(best, "reads/s");
    }

    /** Hour by hour, every meter's read for that hour; instants and ids shared to keep the heap small. */
    private static List<List<Reading>> synthesise(int meters, int days) {
        Random random = new Random(42);
        String[] ids = new String[meters];
        int[] behaviour = new int[meters];
        for (int m = 0; m < meters; m++) {
            ids[m] = "meter-" + m;
            behaviour[m] = random.nextInt(100); // 0-1: leak, 2-3: backflow runs, else household
        }
        double[] daily = {0, 0, 0, 0, 0, 0, 40, 25, 10, 0, 0, 0, 15, 5, 0, 0, 0, 10, 35, 45, 20, 5, 0, 0};
        List<List<Reading>> hours = new ArrayList<>(days * 24);
        for (int h = 0; h < days * 24; h++) {
            Instant time = START.plus(Duration.ofHours(h + 1L));
            Reading[] batch = new Reading[meters];
            for (int m = 0; m < meters; m++) {
                double litres = daily[h % 24] * (0.5 + random.nextDouble());
                if (behaviour[m] < 2) {
                    litres += 6;
                } else if (behaviour[m] < 4 && h % 97 == 50) {
                    litres = -15;
                }
                batch[m] = new Reading(ids[m], Measurand.INTERVAL_VOLUME, time, litres);
            }
            hours.add(Arrays.asList(batch));
        }
        return hours;
    }

    private static int positive(String text, String field) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a positive whole number, got '" + text + "'", e);
        }
        throw new IllegalArgumentException(field + " must be a positive whole number, got '" + text + "'");
    }
}
