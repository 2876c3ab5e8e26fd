package org.headwater.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.audit.AuditAction;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.ingest.reads.CsvReadReport;
import org.headwater.ingest.reads.DaiadReader;
import org.headwater.ingest.reads.HeadwaterCsvReader;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater import network FILE}, {@code ./headwater import reads FILE --format FORMAT} and
 * {@code ./headwater import breaks FILE} and {@code ./headwater import weather FILE}.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a network model or a file of meter reads into the database.",
        subcommands = {
            ImportCommand.NetworkImportCommand.class,
            ImportCommand.ReadsImportCommand.class,
            BreaksImportCommand.class,
            WeatherImportCommand.class,
            HistorianImportCommand.class
        })
final class ImportCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalArgumentException(
                "name what to import: `import network FILE`, `import reads FILE --format FORMAT` `import breaks FILE` or `import weather FILE`");
    }

    /** Where to import into: the embedded default's data directory, or a configured server. */
    static final class Target {
        @Option(names = "--config", description = "Configuration file of a production install (external PostgreSQL).")
        @Nullable
        Path config;

        @Option(
                names = "--data-dir",
                defaultValue = ".headwater/demo",
                description = "Data directory of the embedded default (default: ${DEFAULT-VALUE}).")
        Path dataDirectory;

        @Spec(Spec.Target.MIXEE)
        @Nullable
        CommandSpec command;

        /** Where the command reports: the command line's output, so tests and scripts can read it. */
        PrintWriter out() {
            if (command == null) {
                throw new IllegalStateException("not part of a command line");
            }
            return command.commandLine().getOut();
        }

        ConfigurableApplicationContext open() {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (config == null) {
                properties.put("headwater.database.embedded", true);
                properties.put(
                        "headwater.database.data-directory",
                        dataDirectory.toAbsolutePath().toString());
            } else {
                ServerLauncher.requireReadable(config);
                properties.put("headwater.database.embedded", false);
            }
            properties.put("logging.level.root", "warn");
            // A failed start ends in HeadwaterMain's one-line message with its causes, not a logged stack trace.
            properties.put("logging.level.org.springframework.boot.SpringApplication", "off");
            properties.put("logging.level.org.springframework.context", "error");
            try {
                return ServerLauncher.startForCommandLine(properties, config);
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "could not open the database (is `./headwater demo` running on " + dataDirectory
                                + "? stop it first, or import through the API)",
                        e);
            }
        }
    }

    @Command(
            name = "network",
            mixinStandardHelpOptions = true,
            description = {
                "Import a network model, replacing the current one.",
                "Formats by extension: EPANET .inp, asset-register .csv (with NAME.mapping.properties beside it),",
                ".geojson/.json; each may be gzip-compressed (.gz). See docs/network-import.md."
            })
    static final class NetworkImportCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The network file.")
        Path file;

        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Override
        public Integer call() {
            Network network = NetworkImport.read(file);
            target.out()
                    .println("Read " + network.size() + " elements and "
                            + network.relations().size() + " relations from " + file);
            try (ConfigurableApplicationContext context = target.open()) {
                context.getBean(CurrentNetwork.class).replace(network);
                keepSource(context.getBean(NetworkSources.class));
                CliAudit.record(context, AuditAction.NETWORK_IMPORTED, file, "elements", network.size());
            }
            network.countsByKind().forEach((ElementKind kind, Long count) -> {
                if (count > 0) {
                    target.out().printf("  %-20s %,d%n", kind, count);
                }
            });
            target.out().println("Imported network '" + network.name() + "'.");
            return 0;
        }

        /** An EPANET file is kept whole for the hydraulic model (what-if runs); any other forgets the old one. */
        private void keepSource(NetworkSources sources) {
            try {
                NetworkSource source = new NetworkSource(file.getFileName().toString(), Files.readAllBytes(file));
                if (source.isEpanet()) {
                    sources.save(source);
                } else {
                    sources.clear();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /** The read file formats {@code import reads} understands. */
    enum ReadFormat {
        /** Headwater's own CSV (docs/ingest-formats.md). */
        HEADWATER,
        /** DAIAD smart-water-meter export: hourly cumulative registers. */
        DAIAD
    }

    @Command(
            name = "reads",
            mixinStandardHelpOptions = true,
            description = {
                "Import meter reads, sensor values and alarms from a file (plain or .gz).",
                "Bad records go to the quarantine with their reason; good ones are stored. Re-importing is safe:",
                "duplicates are ignored. Meters must exist in the network unless --accept-unknown-meters is given."
            })
    static final class ReadsImportCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The reads file.")
        Path file;

        @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        ReadFormat format;

        @Option(
                names = "--accept-unknown-meters",
                description = "Store reads of ids the network does not know, as residential hourly meters.")
        boolean acceptUnknownMeters;

        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
            }
            try (ConfigurableApplicationContext context = target.open();
                    InputStream in = open(file)) {
                Clock clock = context.getBean(Clock.class);
                ReadIntake intake = acceptUnknownMeters
                        ? ReadIntake.withDefaults(MeterDirectory.acceptingAll(MeterSpec.residentialDefault()), clock)
                        : context.getBean(ReadIntake.class);
                TelemetrySink sink = context.getBean(TelemetrySink.class);
                String channel = "file:" + file.getFileName();
                long started = System.nanoTime();
                CsvReadReport report = switch (format) {
                    case HEADWATER -> new HeadwaterCsvReader(intake, clock).read(in, channel, sink);
                    case DAIAD -> new DaiadReader(intake, clock).read(in, channel, sink);
                };
                double seconds = (System.nanoTime() - started) / 1e9;
                CliAudit.record(context, AuditAction.READS_IMPORTED, file, "accepted", report.accepted());
                target.out()
                        .printf(
                                Locale.ROOT,
                                "Read %,d records in %.1f s: %,d accepted, %,d quarantined;"
                                        + " %,d interval volumes derived, %,d register steps refused.%n",
                                report.records(),
                                seconds,
                                report.accepted(),
                                report.rejected(),
                                report.derivedIntervals(),
                                report.derivedRejections());
                if (report.rejected() > 0) {
                    target.out().println("See the reasons with GET /api/v1/quarantine.");
                }
                return report.accepted() == 0 && report.records() > 0 ? 1 : 0;
            }
        }

        private static InputStream open(Path file) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        }
    }
}
