package org.headwater.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.headwater.store.Migrations;
import org.headwater.store.PostgresReadings;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * {@code store-append [--reads N] [--batch N] [--writers N] [--fsync off] [--jdbc-url URL]}:
 * sustained appends of {@link SyntheticMeters}' hourly interval reads (grouped by hour as headends
 * deliver them) through {@link PostgresReadings#append}, into an embedded PostgreSQL with the
 * production settings (fsync on) unless told otherwise. The run ends with a count of what the
 * store holds, so a figure is only printed when nothing was lost.
 */
final class StoreAppendBenchmark implements Benchmark {

    private static final Instant FIRST_HOUR = Instant.parse("2025-01-01T00:00:00Z");
    private static final long PROGRESS_EVERY = 1_000_000;

    @Override
    public String name() {
        return "store-append";
    }

    @Override
    public String description() {
        return "appends into PostgreSQL, reads/s (args: [--reads N] [--batch N] [--writers N] [--fsync off]"
                + " [--jdbc-url URL])";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(args, List.of("--reads", "--batch", "--writers", "--fsync", "--jdbc-url"));
        long reads = options.count("--reads", 10_000_000);
        int batch = (int) options.count("--batch", 20_000);
        int writers = (int) options.count("--writers", 1);
        try (BenchDatabase database = BenchDatabase.open(options, out)) {
            DataSource dataSource = database.dataSource();
            Migrations.apply(dataSource);
            PostgresReadings store = new PostgresReadings(dataSource);
            long before = store.count();
            if (before != 0) {
                throw new IllegalArgumentException("the reading table already holds " + before
                        + " rows; point --jdbc-url at an empty database so the final count can prove nothing was lost");
            }
            out.printf(
                    Locale.ROOT,
                    "appending %,d reads (%,d meters x hourly) in batches of %,d on %d writer(s)%n",
                    reads,
                    SyntheticMeters.COUNT,
                    batch,
                    writers);
            long start = System.nanoTime();
            long inserted = append(store, reads, batch, writers, start, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = store.count();
            out.printf(
                    Locale.ROOT, "%,d reads sent, %,d new, %,d stored in %.1f s%n", reads, inserted, stored, seconds);
            if (stored != reads || inserted != reads) {
                throw new IllegalStateException("store holds " + stored + " new reads (append reported " + inserted
                        + ") of " + reads + " sent");
            }
            return new Result(reads / seconds, "reads/s");
        }
    }

    /** Writers take batch numbers from one counter so the data is the same whatever their number. */
    private static long append(PostgresReadings store, long reads, int batch, int writers, long start, PrintStream out)
            throws Exception {
        long batches = (reads + batch - 1) / batch;
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong inserted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                running.add(pool.submit(() -> {
                    for (long b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                        long from = b * batch;
                        List<Reading> readings = generate(from, Math.min(reads, from + batch));
                        inserted.addAndGet(store.append(readings));
                        long total = done.addAndGet(readings.size());
                        if (total / PROGRESS_EVERY != (total - readings.size()) / PROGRESS_EVERY) {
                            double seconds = (System.nanoTime() - start) / 1e9;
                            out.printf(
                                    Locale.ROOT,
                                    "  %,d reads in %.1f s = %,.0f reads/s%n",
                                    total,
                                    seconds,
                                    total / seconds);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return inserted.get();
    }

    /** Read numbers {@code from} (inclusive) to {@code to}. */
    private static List<Reading> generate(long from, long to) {
        List<Reading> readings = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            Instant hour = FIRST_HOUR.plus(Duration.ofHours(SyntheticMeters.hour(i)));
            readings.add(new Reading(
                    SyntheticMeters.meterId(i), Measurand.INTERVAL_VOLUME, hour, SyntheticMeters.litres(i)));
        }
        return readings;
    }
}
