package org.headwater.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Samples of a server process over time: heap in use right after a full GC ({@code jcmd GC.run}, then
 * {@code GC.heap_info}; the least of three looks two seconds apart), resident set size ({@code VmRSS} in {@code /proc/<pid>/status}) and open file
 * descriptors ({@code /proc/<pid>/fd}); and the least-squares slope of each per hour, under load.
 */
final class ProcessSamples {

    // "garbage-first heap   total reserved 6172672K, committed 221184K, used 64192K" (JDK 25; older JDKs omit
    // "reserved" and "committed"): the first "used" after "heap total" is the whole heap's.
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used\\s+(\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private static final int HEAP_LOOKS = 3;
    private static final long BETWEEN_LOOKS_MILLIS = 2_000;

    /** One sample, {@code minutes} after the start. */
    record Sample(double minutes, double heapMb, double rssMb, long fds) {}

    private final long pid;
    private final Path jcmd;
    private final long start = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();

    ProcessSamples(long pid) {
        this.pid = pid;
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        this.jcmd = java.resolveSibling("jcmd");
    }

    Sample take() throws IOException, InterruptedException {
        long heapKb = Long.MAX_VALUE;
        // Under load the heap right after a full GC still holds whatever was in flight: the least of a few
        // looks is the part that stays, which is what a leak would grow.
        for (int look = 0; look < HEAP_LOOKS; look++) {
            if (look > 0) {
                Thread.sleep(BETWEEN_LOOKS_MILLIS);
            }
            heapKb = Math.min(heapKb, heapUsedAfterGcKb());
        }
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        if (!rss.find()) {
            throw new IllegalStateException("/proc/" + pid + "/status has no VmRSS");
        }
        long fds;
        try (Stream<Path> open = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds = open.count();
        }
        Sample sample = new Sample(
                (System.nanoTime() - start) / 60e9, heapKb / 1024.0, Long.parseLong(rss.group(1)) / 1024.0, fds);
        samples.add(sample);
        return sample;
    }

    private long heapUsedAfterGcKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher heap = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!heap.find()) {
            throw new IllegalStateException("jcmd " + pid + " GC.heap_info printed no 'heap total ... used ..K'");
        }
        return Long.parseLong(heap.group(1));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    double heapSlopePerHour() {
        return slopePerHour(samples.stream().mapToDouble(Sample::heapMb).toArray());
    }

    /** The slope of the heap's floor: the least sample of each {@code windowMinutes} under load. */
    double heapFloorSlopePerHour(double windowMinutes) {
        double[] minutes = samples.stream().mapToDouble(Sample::minutes).toArray();
        double[] heap = samples.stream().mapToDouble(Sample::heapMb).toArray();
        int from = heap.length >= 3 ? 1 : 0;
        return LeastSquares.floorSlope(
                        java.util.Arrays.copyOfRange(minutes, from, minutes.length),
                        java.util.Arrays.copyOfRange(heap, from, heap.length),
                        windowMinutes)
                * 60;
    }

    double rssSlopePerHour() {
        return slopePerHour(samples.stream().mapToDouble(Sample::rssMb).toArray());
    }

    double fdSlopePerHour() {
        return slopePerHour(samples.stream().mapToDouble(Sample::fds).toArray());
    }

    /**
     * Fitted over the samples under load: the first sample is the idle server before any traffic, a step
     * up, not a trend; it is left out when at least two others remain.
     */
    private double slopePerHour(double[] values) {
        double[] minutes = samples.stream().mapToDouble(Sample::minutes).toArray();
        int from = values.length >= 3 ? 1 : 0;
        return LeastSquares.slope(
                        java.util.Arrays.copyOfRange(minutes, from, minutes.length),
                        java.util.Arrays.copyOfRange(values, from, values.length))
                * 60;
    }
}
