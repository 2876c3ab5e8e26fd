package org.headwater.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.OfflineDetection;
import org.headwater.detect.ami.SourceProfile;
import org.headwater.ingest.reads.CsvReadReport;
import org.headwater.ingest.reads.DaiadReader;
import org.headwater.ingest.reads.HeadwaterCsvReader;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.MeterDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater detect FILE --format daiad}: the AMI detectors offline over a reads file, without
 * a server or database. Every id in the file is a residential hourly meter, all in one area. Prints
 * alerts per type per 1,000 meter-days and incidents per kind, and ends with
 * {@code TOTAL alerts=<n> meter_days=<d>}.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = {
            "Run the AMI detectors offline over a reads file (plain or .gz) and print alerts per type",
            "per 1,000 meter-days. Every id in the file is taken as a residential hourly meter."
        })
final class DetectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The reads file.")
    Path file;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    ImportCommand.ReadFormat format;

    @Option(
            names = "--sample",
            defaultValue = "0",
            description =
                    "Also list up to this many alerts of each type, for review by hand (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(
            names = "--threshold",
            paramLabel = "FIELD=VALUE",
            description =
                    "Set a system-wide threshold for this run, e.g. --threshold intermittent_flow_share=0.75 (repeatable).")
    Map<String, String> thresholds = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        if (sample < 0) {
            throw new IllegalArgumentException("--sample must not be negative: " + sample);
        }
        Clock clock = Clock.systemUTC();
        Thresholds configured = new Thresholds(clock);
        if (!thresholds.isEmpty()) {
            configured.set(ThresholdScope.system(), ThresholdValues.parse(thresholds), "detect --threshold");
        }
        ReadIntake intake = ReadIntake.withDefaults(MeterDirectory.acceptingAll(MeterSpec.residentialDefault()), clock);
        // Every meter of the file is placed in one area, so simultaneous alerts group into incidents.
        String area = "file:" + file.getFileName();
        OfflineDetection detection = new OfflineDetection(
                id -> Optional.of(new SourceProfile(id, MeterSpec.residentialDefault(), null, area, null)),
                configured,
                format == ImportCommand.ReadFormat.DAIAD ? DaiadReader.ALICANTE : ZoneOffset.UTC,
                clock);
        String channel = "file:" + file.getFileName();
        long started = System.nanoTime();
        CsvReadReport read;
        try (InputStream in = open(file)) {
            read = switch (format) {
                case HEADWATER -> new HeadwaterCsvReader(intake, clock).read(in, channel, detection);
                case DAIAD -> new DaiadReader(intake, clock).read(in, channel, detection);
            };
        }
        OfflineDetection.Report report = detection.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "Read %,d records in %.1f s: %,d readings detected on (%,d interval volumes derived), %,d quarantined.%n",
                read.records(),
                seconds,
                report.readings(),
                read.derivedIntervals(),
                report.quarantined());
        out.printf(Locale.ROOT, "%-22s %8s %22s%n", "type", "alerts", "per 1000 meter-days");
        for (AlertType type : AlertType.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-22s %8d %22.2f%n",
                    type,
                    report.alertsByType().getOrDefault(type, 0),
                    report.perThousandMeterDays(type));
        }
        for (IncidentKind kind : IncidentKind.values()) {
            out.printf(
                    Locale.ROOT,
                    "incidents %-33s %8d%n",
                    kind,
                    report.incidentsByKind().getOrDefault(kind, 0));
        }
        if (sample > 0) {
            printSample(report.alerts());
        }
        out.println("TOTAL alerts=" + report.alerts().size() + " meter_days=" + report.meterDays());
        out.flush();
        return 0;
    }

    private void printSample(List<Alert> alerts) {
        for (AlertType type : AlertType.values()) {
            alerts.stream()
                    .filter(a -> a.type() == type)
                    .limit(sample)
                    .forEach(a -> out.printf(
                            Locale.ROOT,
                            "  %s %s %s %s: %s%n",
                            type,
                            a.severity(),
                            a.sourceId(),
                            a.time(),
                            a.evidence().summary()));
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
