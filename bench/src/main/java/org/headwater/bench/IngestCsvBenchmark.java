package org.headwater.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.headwater.ingest.reads.CsvReadReport;
import org.headwater.ingest.reads.HeadwaterCsvReader;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.TelemetrySink;

/**
 * {@code ingest-csv [READS | --file PATH]}: parse + validate throughput of the Headwater CSV reader
 * on one thread, from memory, into a sink that only counts. The generated file is an AMI export of
 * 10,000 meters' hourly interval reads (litres and US gallons) with one pressure value per 20
 * rows, grouped by hour as headends write them; every line is validated against an in-memory meter
 * directory.
 */
final class IngestCsvBenchmark implements Benchmark {

    private static final int METERS = 10_000;
    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    @Override
    public String name() {
        return "ingest-csv";
    }

    @Override
    public String description() {
        return "Headwater CSV parse + validate, reads/s on one thread (args: [READS] | --file PATH)";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws IOException {
        InMemoryMeterDirectory directory = directory();
        byte[] csv;
        if (args.size() == 2 && args.get(0).equals("--file")) {
            csv = Files.readAllBytes(Path.of(args.get(1)));
            out.printf(Locale.ROOT, "read %,d bytes from %s%n", csv.length, args.get(1));
        } else if (args.size() <= 1) {
            int reads = args.isEmpty() ? 5_000_000 : parseCount(args.get(0));
            csv = generate(reads);
            out.printf(Locale.ROOT, "generated %,d reads (%,d bytes) for %,d meters%n", reads, csv.length, METERS);
        } else {
            throw new IllegalArgumentException("expected [READS] or --file PATH, got " + args);
        }
        double[] rates = new double[MEASURED_PASSES];
        for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
            CountingSink sink = new CountingSink();
            var reader =
                    new HeadwaterCsvReader(ReadIntake.withDefaults(directory, Clock.systemUTC()), Clock.systemUTC());
            long start = System.nanoTime();
            CsvReadReport report = reader.read(new ByteArrayInputStream(csv), "csv:bench", sink);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = report.records() / seconds;
            boolean warmUp = pass < WARM_UP_PASSES;
            out.printf(
                    Locale.ROOT,
                    "%s pass %d: %,d records (%,d accepted, %,d quarantined) in %.3f s = %,.0f reads/s%n",
                    warmUp ? "warm-up" : "measured",
                    pass + 1,
                    report.records(),
                    report.accepted(),
                    report.rejected(),
                    seconds,
                    rate);
            if (!warmUp) {
                rates[pass - WARM_UP_PASSES] = rate;
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "median of %d measured passes%n", MEASURED_PASSES);
        return new Result(rates[MEASURED_PASSES / 2], "reads/s");
    }

    private static int parseCount(String arg) {
        try {
            int n = Integer.parseInt(arg.replace("_", ""));
            if (n < 1) {
                throw new IllegalArgumentException("READS must be positive: " + arg);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("READS must be a whole number: " + arg);
        }
    }

    private static InMemoryMeterDirectory directory() {
        InMemoryMeterDirectory directory = new InMemoryMeterDirectory();
        for (int m = 0; m < METERS; m++) {
            directory.putMeter(meterId(m), MeterSpec.residentialDefault());
            directory.putSensor(sensorId(m));
        }
        return directory;
    }

    private static byte[] generate(int reads) {
        Random random = new Random(42);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(400));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(reads * 56);
        StringBuilder line = new StringBuilder(128);
        bytes.writeBytes((HeadwaterCsvReader.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < reads; i++) {
            int m = i % METERS;
            String time = start.plus(Duration.ofHours(i / METERS)).toString();
            line.setLength(0);
            if (i % 20 == 19) {
                line.append(sensorId(m))
                        .append(',')
                        .append(time)
                        .append(",pressure,")
                        .append(400 + random.nextInt(2000) / 10.0)
                        .append(",kPa\n");
            } else {
                boolean gallons = m % 4 == 0;
                line.append(meterId(m))
                        .append(',')
                        .append(time)
                        .append(",interval,")
                        .append(random.nextInt(50_000) / 100.0)
                        .append(gallons ? ",gal\n" : ",L\n");
            }
            bytes.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static String meterId(int m) {
        return "MTR-" + (100_000 + m);
    }

    private static String sensorId(int m) {
        return "PT-" + (100_000 + m);
    }

    /** Counts what arrives so the work is not optimised away, and keeps nothing. */
    private static final class CountingSink implements TelemetrySink {
        long entries;

        @Override
        public void accept(IngestBatch batch) {
            entries += batch.size();
        }
    }
}
