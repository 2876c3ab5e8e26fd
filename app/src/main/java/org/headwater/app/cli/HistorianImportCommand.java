package org.headwater.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.headwater.audit.AuditAction;
import org.headwater.ingest.historian.HistorianImport;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.TagMap;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./headwater import historian FILE --map MAP}: backfill from an OSIsoft PI or Ignition export. */
@Command(
        name = "historian",
        mixinStandardHelpOptions = true,
        description = {
            "Import a historian CSV export (OSIsoft PI: Tag,Timestamp,Value[,Status]; Ignition: tagPath,value,",
            "quality,t_stamp) through a tag map. Values keep their historian time and reach the detectors as late",
            "data. Resumable: progress is kept in FILE.progress; a second run continues after the last stored line.",
            "See docs/connectors.md."
        })
final class HistorianImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The historian export.")
    Path file;

    @Option(
            names = "--map",
            required = true,
            description = "Tag map CSV: address,sensor_id,measurand,unit[,scale,offset].")
    Path map;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Zone of timestamps written without an offset (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--progress", description = "Progress file (default: FILE.progress).")
    @Nullable
    Path progress;

    @Mixin
    ImportCommand.Target target = new ImportCommand.Target();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        TagMap tags = TagMap.read(map); // a bad map is refused before the database is opened
        Path progressFile = progress == null ? HistorianImport.progressFileOf(file) : progress;
        try (ConfigurableApplicationContext context = target.open()) {
            HistorianImport historian = new HistorianImport(
                    tags,
                    context.getBean(ReadIntake.class),
                    context.getBean(TelemetrySink.class),
                    Clock.systemUTC(),
                    zone,
                    5_000);
            HistorianImport.Report report = historian.run(file, progressFile);
            CliAudit.record(context, AuditAction.READS_IMPORTED, file, "accepted", report.readings());
            target.out()
                    .printf(
                            "Read %,d lines of %s: %,d already stored by an earlier run, %,d readings stored, %,d quarantined.%n",
                            report.lines(), file, report.skipped(), report.readings(), report.quarantined());
            if (report.quarantined() > 0) {
                target.out().println("See the reasons with GET /api/v1/quarantine.");
            }
            return 0;
        }
    }
}
