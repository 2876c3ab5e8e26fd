package org.headwater.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.headwater.alert.AlertQuery;
import org.headwater.store.Migrations;
import org.headwater.store.PostgresAlerts;
import org.headwater.store.PostgresConsumptionTotals;
import org.headwater.store.PostgresReadings;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;

/**
 * {@code overview [--reads N] [--alerts N] [--fsync off] [--jdbc-url URL]}: the overview's heavy figures
 * on a store of {@link SyntheticMeters}' hourly interval reads ending today and seeded alerts over the
 * last 14 days. Times the week's consumption summed from every read (what the endpoint did) against
 * the hourly totals folded after each batch (ADR 0018), checks both answer the same, also after a
 * batch was sent again and folds repeated, and times the alert list from a week back and the alerts per
 * day, printing their plans.
 */
final class OverviewBenchmark implements Benchmark {

    private static final int BATCH = SyntheticMeters.COUNT;
    private static final int REPEATS = 5;

    @Override
    public String name() {
        return "overview";
    }

    @Override
    public String description() {
        return "the overview's consumption (raw sum vs hourly totals) and alert queries, ms (args: [--reads N]"
                + " [--alerts N] [--fsync off] [--jdbc-url URL])";
    }

    @Override
    public String lastLineForm() {
        return "overview reads=<n> raw_hour_ms=<x> totals_hour_ms=<x> raw_day_ms=<x> totals_day_ms=<x>"
                + " fold_ms_per_batch=<x> alerts=<n> alerts_from_ms=<x> alerts_per_day_ms=<x>";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(args, List.of("--reads", "--alerts", "--fsync", "--jdbc-url"));
        long reads = options.count("--reads", 4_000_000);
        int alertCount = (int) options.count("--alerts", 300_000);
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        long hours = (reads + BATCH - 1) / BATCH;
        Instant firstHour = end.minus(Duration.ofHours(hours));
        try (BenchDatabase database = BenchDatabase.open(options, out)) {
            DataSource dataSource = database.dataSource();
            Migrations.apply(dataSource);
            PostgresReadings readings = new PostgresReadings(dataSource);
            PostgresConsumptionTotals totals = new PostgresConsumptionTotals(dataSource);
            out.printf(
                    Locale.ROOT,
                    "storing %,d interval reads (%,d meters x %d hours up to %s), folding them into the totals after each batch%n",
                    reads,
                    SyntheticMeters.COUNT,
                    hours,
                    end);
            long appendNanos = 0;
            long foldNanos = 0;
            for (long from = 0; from < reads; from += BATCH) {
                List<Reading> batch = generate(firstHour, from, Math.min(reads, from + BATCH));
                long started = System.nanoTime();
                readings.append(batch);
                long appended = System.nanoTime();
                totals.fold();
                foldNanos += System.nanoTime() - appended;
                appendNanos += appended - started;
            }
            double foldMs = foldNanos / 1e6 / hours;
            out.printf(
                    Locale.ROOT,
                    "per batch of %,d reads: append (with its additions) %.1f ms, fold %.1f ms%n",
                    BATCH,
                    appendNanos / 1e6 / hours,
                    foldMs);
            seedAlerts(dataSource, alertCount, end);
            analyze(dataSource);

            Instant week = end.minus(Duration.ofDays(7));
            double rawHour = time(out, "raw sum, hour", () -> readings.totalVolume(week, end, VolumeBucket.HOUR));
            double keptHour = time(out, "totals, hour", () -> totals.totals(week, end, VolumeBucket.HOUR));
            double rawDay = time(out, "raw sum, day", () -> readings.totalVolume(week, end, VolumeBucket.DAY));
            double keptDay = time(out, "totals, day", () -> totals.totals(week, end, VolumeBucket.DAY));
            same(readings, totals, week, end);
            readings.append(generate(firstHour, 0, BATCH)); // a batch sent again: stores and adds nothing
            totals.fold(); // delivered again
            totals.fold();
            same(readings, totals, week, end);
            out.println("totals equal the raw sums, also after a batch was sent again and folds repeated");

            PostgresAlerts alerts = new PostgresAlerts(dataSource);
            double alertsFrom = time(
                    out,
                    "alerts from a week back, limit 1000",
                    () -> alerts.search(AlertQuery.latest(1000).between(week, null)));
            double perDay = time(
                    out,
                    "alerts per day, 14 days",
                    () -> alerts.countsByDayAndType(end.minus(Duration.ofDays(14)), end));
            explain(out, dataSource, week, end);
            return Result.line(String.format(
                    Locale.ROOT,
                    "overview reads=%d raw_hour_ms=%.1f totals_hour_ms=%.1f raw_day_ms=%.1f totals_day_ms=%.1f"
                            + " fold_ms_per_batch=%.1f alerts=%d alerts_from_ms=%.1f alerts_per_day_ms=%.1f",
                    reads,
                    rawHour,
                    keptHour,
                    rawDay,
                    keptDay,
                    foldMs,
                    alertCount,
                    alertsFrom,
                    perDay));
        }
    }

    private static List<Reading> generate(Instant firstHour, long from, long to) {
        List<Reading> batch = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            batch.add(new Reading(
                    SyntheticMeters.meterId(i),
                    Measurand.INTERVAL_VOLUME,
                    firstHour.plus(Duration.ofHours(SyntheticMeters.hour(i))),
                    SyntheticMeters.litres(i)));
        }
        return batch;
    }

    /** @return the median of {@link #REPEATS} timed calls, in ms, after one untimed call */
    private static double time(PrintStream out, String what, Supplier<List<?>> call) {
        int size = call.get().size();
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(
                Locale.ROOT,
                "  %-40s %,d rows, median %.1f ms (min %.1f, max %.1f)%n",
                what,
                size,
                ms[REPEATS / 2],
                ms[0],
                ms[REPEATS - 1]);
        return ms[REPEATS / 2];
    }

    private static void same(PostgresReadings readings, PostgresConsumptionTotals totals, Instant from, Instant to) {
        for (VolumeBucket bucket : VolumeBucket.values()) {
            List<VolumeTotal> raw = readings.totalVolume(from, to, bucket);
            List<VolumeTotal> kept = totals.totals(from, to, bucket);
            boolean same = raw.size() == kept.size();
            for (int i = 0; same && i < raw.size(); i++) {
                same = raw.get(i).start().equals(kept.get(i).start())
                        && raw.get(i).meters() == kept.get(i).meters()
                        && Math.abs(raw.get(i).litres() - kept.get(i).litres()) < 1e-6;
            }
            if (!same) {
                throw new IllegalStateException("the kept " + bucket.label() + " totals differ from the raw sums");
            }
        }
    }

    /** Alerts spread evenly over the 14 days before {@code end}, of four types and three states. */
    private static void seedAlerts(DataSource dataSource, int count, Instant end) throws SQLException {
        String sql = "INSERT INTO alert (id, type, severity, source_id, time, detector, threshold_version, state,"
                + " evidence_summary, evidence_sources, evidence_measurands, evidence_times, evidence_values,"
                + " event_meters, event_times, event_codes, event_vendor_codes)"
                + " SELECT 'bench-' || g, (ARRAY['BACKFLOW','TAMPER','CONTINUOUS_LEAK','NON_REPORTING'])[1 + g % 4], 'MEDIUM',"
                + " 'MTR-' || (100000 + g % 20000), ?::timestamptz - (g * (interval '14 days' / ?)), 'bench', 1,"
                + " (ARRAY['OPEN','ACKNOWLEDGED','CLEARED'])[1 + g % 3], 'seeded', '{}', '{}', '{}', '{}',"
                + " '{}', '{}', '{}', '{}' FROM generate_series(1, ?) AS g";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.from(end));
            insert.setInt(2, count);
            insert.setInt(3, count);
            insert.executeUpdate();
        }
    }

    private static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE"); // as autovacuum leaves a table after inserts
        }
    }

    private static void explain(PrintStream out, DataSource dataSource, Instant week, Instant end) throws SQLException {
        List<String> queries = List.of(
                "SELECT id FROM alert WHERE time >= '" + week + "' ORDER BY time DESC, id LIMIT 1000",
                "SELECT (time AT TIME ZONE 'UTC')::date AS day, type, count(*) FROM alert WHERE time >= '"
                        + end.minus(Duration.ofDays(14)) + "' AND time < '" + end + "' GROUP BY day, type");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String query : queries) {
                out.println("EXPLAIN ANALYZE " + query);
                try (ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
                    while (plan.next()) {
                        out.println("  " + plan.getString(1));
                    }
                }
            }
        }
    }
}
